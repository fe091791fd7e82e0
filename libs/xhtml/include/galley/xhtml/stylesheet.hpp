// galley's default article stylesheets, built once per process.
#pragma once

#include <galley/xhtml/document_writer.hpp>

#include <string>

namespace galley::xhtml {

/// The default stylesheet for a packaging. Web: a news-site article page (measure,
/// type scale for phone and desktop, dark scheme, print rules). Epub: the same
/// typography without page layout or colours, which belong to the reading system.
/// The reference stays valid for the life of the process.
const std::string& default_stylesheet(Packaging packaging);

}  // namespace galley::xhtml
