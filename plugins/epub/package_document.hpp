// The EPUB package document (package.opf): metadata, manifest, spine.
#pragma once

#include <galley/document.hpp>

#include <string>
#include <vector>

namespace galley::epub {

/// One publication resource, as the manifest lists it.
struct ManifestItem {
    std::string id;
    std::string href;  ///< relative to the package document
    std::string media_type;
    std::string properties;  ///< e.g. "nav"; empty for none
};

struct PackageContent {
    std::vector<ManifestItem> manifest;
    std::vector<std::string> spine;  ///< manifest ids in reading order
    std::string spine_toc;           ///< manifest id of toc.ncx for spine@toc; empty for none
    std::string modified;            ///< dcterms:modified, `YYYY-MM-DDThh:mm:ssZ`
    bool has_images = false;         ///< decides the visual access mode and alt-text feature
};

/// Appends the package document to `out`: Dublin Core metadata from the article
/// (identifier, titles, language, creators and contributors, date, subjects,
/// description, publisher, source, rights), dcterms:modified, EPUB Accessibility 1.1
/// metadata, the manifest and the spine.
void write_package_document(const Article& article, const PackageContent& content,
                            std::string& out);

}  // namespace galley::epub
