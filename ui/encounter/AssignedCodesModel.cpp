#include "encounter/AssignedCodesModel.h"

#include "encounter/EncounterSession.h"
#include "services/Workbench.h"

#include <QFont>

namespace wcw::ui {

AssignedCodesModel::AssignedCodesModel(EncounterSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session), m_codes(session.codes())
{
    connect(&session, &EncounterSession::codesChanged, this, &AssignedCodesModel::reload);
    // Titles wait for the reference caches (filled on the worker after start) and follow a
    // new release: the rows repaint with them when they are there.
    auto retitle = [this] {
        m_titles.clear();
        if (!m_codes.isEmpty())
            emit dataChanged(index(0), index(int(m_codes.size()) - 1), {Qt::DisplayRole, TitleRole});
    };
    connect(&session.workbench(), &Workbench::referenceReady, this, retitle);
    connect(&session.workbench(), &Workbench::referenceReloaded, this, retitle);
}

void AssignedCodesModel::reload()
{
    beginResetModel();
    m_codes = m_session.codes();
    endResetModel();
}

QString AssignedCodesModel::title(const QString& code) const
{
    if (!m_session.workbench().isReferenceReady())
        return tr("…"); // not read yet: the coder sees the code now and the title a moment later
    auto it = m_titles.find(code);
    if (it == m_titles.end()) {
        QString t = m_session.workbench().titleOf(code, m_session.encounter().dateOfService);
        if (t.isEmpty())
            t = tr("(not in the release in force)");
        it = m_titles.insert(code, t);
    }
    return *it;
}

int AssignedCodesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

QVariant AssignedCodesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& code = m_codes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2  %3").arg(index.row() + 1).arg(code, title(code));
    case Qt::ToolTipRole:
        return index.row() == 0 ? tr("%1: first-listed / principal").arg(code) : code;
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CodeRole:
        return code;
    case TitleRole:
        return title(code);
    }
    return {};
}

} // namespace wcw::ui
