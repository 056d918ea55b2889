#include "services/ReferenceAdmin.h"

#include "reference/ReferenceDb.h"

namespace wcw::ui {

ReferenceAdmin referenceAdmin(const std::shared_ptr<db::ReferenceDb>& reference)
{
    ReferenceAdmin admin;
    std::weak_ptr<db::ReferenceDb> weak = reference;
    admin.releases = [weak] {
        const auto db = weak.lock();
        return db ? db->releases() : QList<Release>{};
    };
    admin.reload = [weak](QString* error) {
        const auto db = weak.lock();
        return db && db->reload(error);
    };
    admin.importRunner = referenceImportRunner(reference->path());
    return admin;
}

} // namespace wcw::ui
