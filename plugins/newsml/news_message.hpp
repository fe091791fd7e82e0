// The optional newsMessage wrapper (newsml.wrap=newsMessage) around the newsItem.
#pragma once

#include <galley/xml/writer.hpp>

#include <string_view>

namespace galley::newsml {

/// Opens newsMessage (declaring the NAR namespace), writes its header and opens
/// itemSet. `sent` is an xs:dateTime taken from the item, never the clock; `sender`
/// is left out when empty.
void begin_news_message(xml::Writer& writer, std::string_view sent, std::string_view sender);

/// Closes itemSet and newsMessage.
void end_news_message(xml::Writer& writer);

}  // namespace galley::newsml
