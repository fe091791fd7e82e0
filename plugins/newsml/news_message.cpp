// newsMessage/header + itemSet: the exchange envelope many ingest systems expect.
#include "news_message.hpp"

#include "item_writer.hpp"

namespace galley::newsml {

void begin_news_message(xml::Writer& w, std::string_view sent, std::string_view sender) {
    w.start("newsMessage");
    w.namespace_declaration("", nar_namespace);
    w.line_break();
    w.start("header");
    w.line_break();
    w.element("sent", sent);
    if (!sender.empty()) {
        w.line_break();
        w.element("sender", sender);
    }
    w.end_on_new_line();
    w.line_break();
    w.start("itemSet");
    w.line_break();
}

void end_news_message(xml::Writer& w) {
    w.end_on_new_line();  // itemSet
    w.end_on_new_line();  // newsMessage
}

}  // namespace galley::newsml
