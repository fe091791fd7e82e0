// Choosing the reader by format.
#include "images/image_stream.hpp"

namespace galley::pdf {

ImageStream image_stream(std::string_view bytes, bool png) {
    return png ? png_stream(bytes) : jpeg_stream(bytes);
}

}  // namespace galley::pdf
