// newsml.wrap=package: the article as a NewsML-G2 package, the way partners expect
// pictures to travel: one newsMessage holding the text newsItem, one picture newsItem per
// image and a packageItem grouping them.
#pragma once

#include "item_fields.hpp"
#include "item_writer.hpp"
#include "settings.hpp"

#include <galley/exporter.hpp>
#include <galley/xhtml/body_writer.hpp>
#include <galley/xml/writer.hpp>

namespace galley::newsml {

/// Writes the newsMessage of a package into `writer` (declaration already written).
/// With Pictures::Copy the pictures' bytes go to `side_files` as ID.pictureN.EXT, the
/// name their remoteContent@href gives. Returns the text item's body report.
xhtml::BodyReport write_package(xml::Writer& writer, const Article& article,
                                const ItemFields& text_item, const ItemBody& body,
                                Pictures pictures, std::vector<SideFile>& side_files);

}  // namespace galley::newsml
