#pragma once
// Fills the progression flag of every stored visit that lacks one (stored before schema v3, by a
// raw import, by the demo seeder, or under another edition of the reader). The flag is computed
// here with readProgression() and handed to the store as data: stores never call the note reader.
#include <QString>

namespace wcw {

class WorkStore;

// False with *error (the store's message) when the store cannot be read or written.
bool refreshProgression(WorkStore& store, QString* error);

} // namespace wcw
