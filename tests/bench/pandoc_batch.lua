-- pandoc's best one-process mode: converts many Markdown files in one pandoc process.
--
-- Run as a Lua filter on an empty document (pandoc 2.17 has pandoc.read, pandoc.write
-- and pandoc.template, but no `pandoc lua` interpreter mode):
--
--   GALLEY_BENCH_LIST=files.txt GALLEY_BENCH_TO=html5 GALLEY_BENCH_OUT=DIR \
--       pandoc -f markdown -t plain --lua-filter pandoc_batch.lua </dev/null >/dev/null
--
-- files.txt holds one Markdown path a line. Each is read, written with the format's
-- default template (what `pandoc -s -t FORMAT` does; EPUB is always standalone) and
-- saved as DIR/<stem>.<ext>. Relative resources (images) resolve against the working
-- directory, as they do for one pandoc process per file run from the same folder.

local extensions = { html5 = ".html", epub3 = ".epub" }

local function required(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error(name .. " is not set")
  end
  return value
end

function Pandoc(doc)
  local list = required("GALLEY_BENCH_LIST")
  local to = required("GALLEY_BENCH_TO")
  local out_dir = required("GALLEY_BENCH_OUT")
  local ext = extensions[to] or ("." .. to)
  local options = pandoc.WriterOptions {
    template = pandoc.template.compile(pandoc.template.default(to)),
  }
  for path in io.lines(list) do
    local input = assert(io.open(path, "rb"))
    local text = input:read("a")
    input:close()
    local output = pandoc.write(pandoc.read(text, "markdown"), to, options)
    local stem = path:match("([^/]+)%.[^./]*$") or path
    local file = assert(io.open(out_dir .. "/" .. stem .. ext, "wb"))
    file:write(output)
    file:close()
  end
  return doc
end
