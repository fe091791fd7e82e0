# Writes galley.1 from the CLI's own --help output with help2man, so the man page
# cannot drift from the options the program really has. Run at build time:
#   cmake -DGALLEY=<exe> -DHELP2MAN=<help2man> -DEXTRA=<docs/galley.h2m> -DOUT=<galley.1>
#         -P GalleyManPage.cmake
# help2man reads `galley --help` and `--version` itself; every subcommand's --help is
# added as a COMMANDS section, its options turned into man(7) tagged paragraphs.
foreach(var GALLEY HELP2MAN EXTRA OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GalleyManPage.cmake needs -D${var}=...")
    endif()
endforeach()

# roff treats a leading '.' or "'" as a request and '\' as an escape.
function(_galley_roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(commands_section "[COMMANDS]\n")
execute_process(COMMAND ${GALLEY} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${GALLEY} --help failed (${rc})")
endif()
# The subcommands are the indented words under "Subcommands:" in the top-level help.
string(REGEX REPLACE ".*\nSubcommands:\n" "" sub_block "${top}")
string(REGEX MATCHALL "(^|\n)  [a-z][a-z-]*" sub_lines "${sub_block}")
foreach(line IN LISTS sub_lines)
    string(STRIP "${line}" cmd)
    execute_process(COMMAND ${GALLEY} ${cmd} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${GALLEY} ${cmd} --help failed (${rc})")
    endif()
    _galley_roff_escape("${help}" help)
    # A ';' in the help would split CMake's list of lines: park it while splitting.
    string(REPLACE ";" "@SEMICOLON@" help "${help}")
    string(REPLACE "\n" ";" help_lines "${help}")
    string(APPEND commands_section ".SS \"galley ${cmd}\"\n")
    set(pending "")
    foreach(hl IN LISTS help_lines)
        string(REPLACE "@SEMICOLON@" ";" hl "${hl}")
        if(hl MATCHES "^  ( *)(-[^ ].*)$" OR hl MATCHES "^  ([a-z][a-z]* [A-Z].*)$")
            # An option or positional: its name column, then its text (same line or next).
            string(REGEX REPLACE "^ +" "" item "${hl}")
            string(REGEX MATCH "^(.*[^ ])   +([^ ].*)$" _m "${item}")
            if(_m)
                string(APPEND commands_section ".TP\n.B ${CMAKE_MATCH_1}\n${CMAKE_MATCH_2}\n")
            else()
                string(APPEND commands_section ".TP\n.B ${item}\n")
            endif()
        elseif(hl MATCHES "^   +([^ ].*)$")
            string(APPEND commands_section "${CMAKE_MATCH_1}\n")
        elseif(hl MATCHES "^Usage: (.*)$")
            string(APPEND commands_section ".PP\n.B ${CMAKE_MATCH_1}\n.PP\n")
        elseif(hl MATCHES "^(Options|Positionals):$")
            string(APPEND commands_section ".PP\n${CMAKE_MATCH_1}:\n")
        elseif(NOT hl STREQUAL "")
            string(APPEND commands_section "${hl}\n.PP\n")
        endif()
    endforeach()
endforeach()

file(READ ${EXTRA} extra)
get_filename_component(out_dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${out_dir})
file(WRITE ${OUT}.h2m "${commands_section}\n${extra}")
execute_process(
    COMMAND ${HELP2MAN} --no-info --section=1 --source=galley
            "--name=convert news articles in YAML to PDF, EPUB, XHTML, NewsML-G2 and JSON"
            --include=${OUT}.h2m --output=${OUT} ${GALLEY}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed (${rc}): ${err}")
endif()
