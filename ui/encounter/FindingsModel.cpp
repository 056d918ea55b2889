#include "encounter/FindingsModel.h"

#include "domain/CodeListEdit.h"
#include "encounter/EncounterSession.h"
#include "common/Theme.h"

namespace wcw::ui {

FindingsModel::FindingsModel(EncounterSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session), m_findings(session.analysis().findings)
{
    connect(&session, &EncounterSession::analysisChanged, this, &FindingsModel::reload);
    // A fix goes stale when the coder changes the codes by hand: re-evaluate the fix markers.
    connect(&session, &EncounterSession::codesChanged, this, [this] {
        if (!m_findings.isEmpty())
            emit dataChanged(index(0), index(int(m_findings.size()) - 1));
    });
}

void FindingsModel::reload()
{
    beginResetModel();
    m_findings = m_session.analysis().findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

bool FindingsModel::fixApplies(int row) const
{
    const Finding& f = m_findings.at(row);
    return f.fix && codelist::fixApplies(m_session.codes(), *f.fix);
}

QString FindingsModel::text(const Finding& f, bool fixable) const
{
    QString out = QStringLiteral("%1 · %2\n%3").arg(severityName(f.severity).toUpper(), f.rule, f.message);
    if (!f.guideline.isEmpty() && !f.message.contains(f.guideline))
        out += QStringLiteral(" (%1)").arg(f.guideline);
    if (fixable)
        out += tr("\nFix (Ctrl+.): %1").arg(f.fix->label);
    return out;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(f, fixApplies(index.row()));
    case Qt::ToolTipRole: {
        QStringList quotes;
        for (const EvidenceSpan& e : f.evidence)
            quotes << QStringLiteral("“%1”").arg(e.quote);
        return quotes.isEmpty() ? f.guideline : tr("Evidence: %1").arg(quotes.join(QStringLiteral(", ")));
    }
    case Qt::ForegroundRole:
        return Theme::severityColor(f.severity);
    case RuleRole:
        return f.rule;
    case SeverityRole:
        return int(f.severity);
    case HasFixRole:
        return fixApplies(index.row());
    }
    return {};
}

} // namespace wcw::ui
