// The newsItem as XML, element by element in the order the 2.35 power schema requires.
#include "item_writer.hpp"

#include "iptc_catalog.hpp"

#include <string>

namespace galley::newsml {

namespace {
// Every child on a line of its own, indented by depth, like IPTC's own examples.
void child(xml::Writer& w, const char* name, std::string_view text) {
    if (!text.empty()) {
        w.line_break();
        w.element(name, text);
    }
}

// A concept property: type, then one of qcode/uri/literal, then its name.
void concept_element(xml::Writer& w, const char* name, const Concept& c) {
    w.line_break();
    w.start(name);
    if (!c.type.empty()) {
        w.attribute("type", c.type);
    }
    if (!c.qcode.empty()) {
        w.attribute("qcode", c.qcode);
    } else if (!c.uri.empty()) {
        w.attribute("uri", c.uri);
    } else if (!c.literal.empty()) {
        w.attribute("literal", c.literal);
    }
    if (c.name.empty()) {
        w.end_empty();
        return;
    }
    child(w, "name", c.name);
    w.end_on_new_line();
}

void rights_info(xml::Writer& w, const ItemFields& f) {
    if (f.copyright_holder.empty() && f.copyright_notice.empty() && f.usage_terms.empty()) {
        return;
    }
    w.line_break();
    w.start("rightsInfo");
    if (!f.copyright_holder.empty()) {
        Concept holder;
        holder.literal = f.copyright_holder;
        holder.name = f.copyright_holder;
        concept_element(w, "copyrightHolder", holder);
    }
    child(w, "copyrightNotice", f.copyright_notice);
    child(w, "usageTerms", f.usage_terms);
    w.end_on_new_line();
}

void item_meta(xml::Writer& w, const ItemFields& f) {
    w.line_break();
    w.start("itemMeta");
    Concept item_class;
    item_class.qcode = f.item_class;
    concept_element(w, "itemClass", item_class);
    concept_element(w, "provider", f.provider);
    child(w, "versionCreated", f.version_created);
    child(w, "firstCreated", f.first_created);
    child(w, "embargoed", f.embargoed);
    Concept status;
    status.qcode = f.pub_status;
    concept_element(w, "pubStatus", status);
    w.line_break();
    w.start("generator");
    w.attribute("versioninfo", plugin_version);
    w.text("galley");
    w.end();
    if (!f.service.uri.empty()) {
        concept_element(w, "service", f.service);
    }
    for (const auto& note : f.ed_notes) {
        child(w, "edNote", note);
    }
    for (const auto& signal : f.signals) {
        concept_element(w, "signal", signal);
    }
    w.end_on_new_line();
}

void content_meta(xml::Writer& w, const ItemFields& f) {
    w.line_break();
    w.start("contentMeta");
    // Administrative: urgency, contentCreated, contentModified in this order, then
    // located, infoSource, creator (any order among themselves).
    if (f.urgency) {
        child(w, "urgency", std::to_string(*f.urgency));
    }
    child(w, "contentCreated", f.content_created);
    child(w, "contentModified", f.content_modified);
    if (!f.located.empty()) {
        Concept located;
        located.type = "cpnat:geoArea";
        located.name = f.located;
        concept_element(w, "located", located);
    }
    if (!f.info_source.literal.empty()) {
        concept_element(w, "infoSource", f.info_source);
    }
    for (const auto& creator : f.creators) {
        w.line_break();
        w.start("creator");
        if (!creator.uri.empty()) {
            w.attribute("uri", creator.uri);
        }
        child(w, "name", creator.name);
        child(w, "note", creator.note);
        w.end_on_new_line();
    }
    // Descriptive: any order; this one reads like IPTC's examples.
    if (!f.language.empty()) {
        w.line_break();
        w.start("language");
        w.attribute("tag", f.language);
        w.end_empty();
    }
    for (const auto& genre : f.genres) {
        concept_element(w, "genre", genre);
    }
    for (const auto& subject : f.subjects) {
        concept_element(w, "subject", subject);
    }
    for (const auto& keyword : f.keywords) {
        child(w, "keyword", keyword);
    }
    child(w, "slugline", f.slugline);
    child(w, "headline", f.headline);
    child(w, "dateline", f.dateline);
    child(w, "by", f.by);
    child(w, "creditline", f.creditline);
    if (!f.description.empty()) {
        w.line_break();
        w.start("description");
        w.attribute("role", f.description_role);
        w.text(f.description);
        w.end();
    }
    w.end_on_new_line();
}

xhtml::BodyReport content_set(xml::Writer& w, const ItemFields& f, const ItemBody& body) {
    w.line_break();
    w.start("contentSet");
    w.line_break();
    w.start("inlineXML");
    w.attribute("contenttype", "application/xhtml+xml");
    w.attribute("wordcount", std::to_string(body.word_count));
    w.line_break();
    w.start("html");
    w.namespace_declaration("", xml::xhtml_namespace);
    if (!f.language.empty()) {
        w.attribute("lang", f.language);
        w.attribute("xml:lang", f.language);
    }
    w.line_break();
    w.start("head");
    child(w, "title", f.headline);
    w.end_on_new_line();
    w.line_break();
    w.start("body");
    xhtml::BodyOptions options;
    options.images = body.images;
    options.heading_ids = false;  // no table of contents in a syndicated item
    static const std::vector<Block> no_blocks;
    xhtml::BodyReport report =
        xhtml::write_body(w, body.blocks ? *body.blocks : no_blocks, options);
    w.end_on_new_line();  // body
    w.end_on_new_line();  // html
    w.end_on_new_line();  // inlineXML
    w.end_on_new_line();  // contentSet
    return report;
}
}  // namespace

namespace {
// An item's start tag (newsItem or packageItem) with its identity attributes, then
// catalogRef, rightsInfo and itemMeta: what every kind of item opens with.
void item_start(xml::Writer& w, const char* element, const ItemFields& f, bool declare_namespace) {
    w.start(element);
    if (declare_namespace) {
        w.namespace_declaration("", nar_namespace);
    }
    w.attribute("guid", f.guid);
    w.attribute("version", std::to_string(f.version));
    w.attribute("standard", "NewsML-G2");
    w.attribute("standardversion", "2.35");
    w.attribute("conformance", "power");
    if (!f.language.empty()) {
        w.attribute("xml:lang", f.language);
    }
    w.line_break();
    w.start("catalogRef");
    w.attribute("href", iptc_catalog_url);
    w.end_empty();
    rights_info(w, f);
    item_meta(w, f);
}

// newsItem's start tag, catalogRef, rightsInfo, itemMeta and contentMeta: everything
// before the contentSet, the same for text and picture items.
void item_head(xml::Writer& w, const ItemFields& f, bool declare_namespace) {
    item_start(w, "newsItem", f, declare_namespace);
    content_meta(w, f);
}

// The attributes a rendition of a picture carries on remoteContent or inlineData
// (inlineData has no size: its length is in the element itself).
void picture_attributes(xml::Writer& w, const PictureContent& p, bool with_size) {
    w.attribute("rendition", "rnd:highRes");
    if (with_size) {
        w.attribute("size", std::to_string(p.size));
    }
    w.attribute("contenttype", p.media_type);
    w.attribute("width", std::to_string(p.width));
    w.attribute("height", std::to_string(p.height));
}
}  // namespace

xhtml::BodyReport write_news_item(xml::Writer& w, const ItemFields& f, const ItemBody& body,
                                  bool declare_namespace) {
    item_head(w, f, declare_namespace);
    xhtml::BodyReport report = content_set(w, f, body);
    w.end_on_new_line();  // newsItem
    return report;
}

void write_picture_item(xml::Writer& w, const ItemFields& f, const PictureContent& picture) {
    item_head(w, f, false);
    w.line_break();
    w.start("contentSet");
    w.line_break();
    if (picture.base64.empty()) {
        w.start("remoteContent");
        w.attribute("href", picture.href);
        picture_attributes(w, picture, true);
        w.end_empty();
    } else {
        w.start("inlineData");
        picture_attributes(w, picture, false);
        w.attribute("encoding", "encd:base64");
        w.text(picture.base64);
        w.end();
    }
    w.end_on_new_line();  // contentSet
    w.end_on_new_line();  // newsItem
}

void write_package_item(xml::Writer& w, const ItemFields& f,
                        const std::vector<PackageMember>& members) {
    item_start(w, "packageItem", f, false);
    w.line_break();
    w.start("contentMeta");
    child(w, "headline", f.headline);
    w.end_on_new_line();
    w.line_break();
    w.start("groupSet");
    w.attribute("root", "G1");
    w.line_break();
    w.start("group");
    w.attribute("id", "G1");
    w.attribute("mode", "pgrmod:cmpl");
    for (const auto& member : members) {
        w.line_break();
        w.start("itemRef");
        w.attribute("residref", member.guid);
        w.attribute("version", std::to_string(member.version));
        w.attribute("contenttype", "application/vnd.iptc.g2.newsitem+xml");
        Concept item_class;
        item_class.qcode = member.item_class;
        concept_element(w, "itemClass", item_class);
        child(w, "title", member.title);
        w.end_on_new_line();
    }
    w.end_on_new_line();  // group
    w.end_on_new_line();  // groupSet
    w.end_on_new_line();  // packageItem
}

}  // namespace galley::newsml
