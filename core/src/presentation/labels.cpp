// The wording table of the eight languages galley labels, and the fixed labels read
// from it. French puts a no-break space (U+00A0) before a colon; Arabic uses its own
// comma (U+060C) between place and date.
#include "wording.hpp"

#include <galley/presentation.hpp>

#include <array>
#include <utility>

namespace galley::presentation {

namespace detail {

namespace {

constexpr Wording english{"By ",
                          "By ",
                          "Updated",
                          "Updated {}",
                          "Embargoed until {}",
                          "Withheld: not for publication",
                          "Canceled: this article has been withdrawn, do not publish",
                          "Correction, {}:",
                          "Corrections",
                          "Source: ",
                          "Keywords",
                          "Contents",
                          "Page {0} of {1}",
                          ", "};
constexpr Wording russian{"Автор: ",
                          "Авторы: ",
                          "Обновлено",
                          "Обновлено {}",
                          "Эмбарго до {}",
                          "Задержано: не для публикации",
                          "Отозвано: материал снят, не публиковать",
                          "Исправление, {}:",
                          "Исправления",
                          "Источник: ",
                          "Ключевые слова",
                          "Содержание",
                          "Стр. {0} из {1}",
                          ", "};
constexpr Wording chinese{"作者：",
                          "作者：",
                          "更新于",
                          "更新于{}",
                          "禁发至{}",
                          "暂缓：请勿发布",
                          "已撤销：本文已撤回，请勿发布",
                          "更正（{}）：",
                          "更正",
                          "来源：",
                          "关键词",
                          "目录",
                          "第 {0} 页，共 {1} 页",
                          "，"};
constexpr Wording german{"Von ",
                         "Von ",
                         "Aktualisiert",
                         "Aktualisiert am {}",
                         "Sperrfrist bis {}",
                         "Zurückgehalten: nicht zur Veröffentlichung",
                         "Zurückgezogen: nicht veröffentlichen",
                         "Korrektur vom {}:",
                         "Korrekturen",
                         "Quelle: ",
                         "Schlagwörter",
                         "Inhalt",
                         "Seite {0} von {1}",
                         ", "};
constexpr Wording french{"Par ",
                         "Par ",
                         "Mis à jour",
                         "Mis à jour le {}",
                         "Sous embargo jusqu’au {}",
                         "Retenu\u00a0: ne pas publier",
                         "Annulé\u00a0: article retiré, ne pas publier",
                         "Correction du {}\u00a0:",
                         "Corrections",
                         "Source\u00a0: ",
                         "Mots-clés",
                         "Sommaire",
                         "Page {0} sur {1}",
                         ", "};
constexpr Wording spanish{"Por ",
                          "Por ",
                          "Actualizado",
                          "Actualizado el {}",
                          "Embargado hasta el {}",
                          "Retenido: no publicar",
                          "Anulado: artículo retirado, no publicar",
                          "Corrección del {}:",
                          "Correcciones",
                          "Fuente: ",
                          "Palabras clave",
                          "Índice",
                          "Página {0} de {1}",
                          ", "};
constexpr Wording arabic{"بقلم ",
                         "بقلم ",
                         "تم التحديث",
                         "تم التحديث في {}",
                         "محظور النشر حتى {}",
                         "محجوب: لا يُنشر",
                         "ملغى: سُحبت المادة، لا تُنشر",
                         "تصحيح، {}:",
                         "تصحيحات",
                         "المصدر: ",
                         "كلمات مفتاحية",
                         "المحتويات",
                         "صفحة {0} من {1}",
                         "، "};
constexpr Wording hebrew{"מאת ",
                         "מאת ",
                         "עודכן",
                         "עודכן: {}",
                         "אמברגו עד {}",
                         "מעוכב: לא לפרסום",
                         "בוטל: הכתבה נמשכה, לא לפרסום",
                         "תיקון, {}:",
                         "תיקונים",
                         "מקור: ",
                         "מילות מפתח",
                         "תוכן העניינים",
                         "עמוד {0} מתוך {1}",
                         ", "};

std::string replace_all(std::string text, std::string_view marker, std::string_view value) {
    for (std::size_t at = text.find(marker); at != std::string::npos;
         at = text.find(marker, at + value.size())) {
        text.replace(at, marker.size(), value);
    }
    return text;
}

}  // namespace

const Wording& wording_for(std::string_view language) {
    static constexpr std::array<std::pair<std::string_view, const Wording*>, 7> by_language{{
        {"ru", &russian},
        {"zh", &chinese},
        {"de", &german},
        {"fr", &french},
        {"es", &spanish},
        {"ar", &arabic},
        {"he", &hebrew},
    }};
    const std::string chosen = label_language(language);
    for (const auto& [tag, wording] : by_language) {
        if (chosen == tag) {
            return *wording;
        }
    }
    return english;
}

std::string fill(std::string_view pattern, std::string_view value) {
    return replace_all(std::string(pattern), "{}", value);
}

}  // namespace detail

std::string label(Label which, std::string_view language) {
    const detail::Wording& w = detail::wording_for(language);
    switch (which) {
    case Label::Updated: return std::string(w.updated);
    case Label::Corrections: return std::string(w.corrections);
    case Label::Source: return std::string(w.source);
    case Label::Keywords: return std::string(w.keywords);
    case Label::Contents: return std::string(w.contents);
    }
    return {};
}

std::string page_of(int page, int pages, std::string_view language) {
    std::string out(detail::wording_for(language).page_of);
    out.replace(out.find("{0}"), 3, std::to_string(page));
    out.replace(out.find("{1}"), 3, std::to_string(pages));
    return out;
}

}  // namespace galley::presentation
