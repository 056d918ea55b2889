// The embedded data lives in the generated resource object; this translation unit only
// gives the library a source of its own so it links even before any data file exists.
namespace wcw::resources {
int libraryAnchor() { return 0; }
} // namespace wcw::resources
