-- Requests as several returning visitors send them (bench/speed.py's later questionnaire
-- step). The file named by WRK_VISITORS lists one visitor per line: its Cookie header, then
-- the form bodies it cycles through, tab-separated. Each wrk thread takes every
-- WRK_THREADS-th visitor; each request goes to the thread's next visitor with that
-- visitor's next body, so every request opens the visitor's answers (sealed in its
-- cookie) and records a step's answer. wrk has no per-connection hook, so a visitor is not
-- tied to a connection: with more visitors per thread than connections, a visitor's request
-- has normally been answered before its turn comes round again (as with real citizens).
-- Method, other headers and done()'s JSON line come from request.lua.
local folder = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(folder .. "request.lua")

local base_init = init
local mine = {}
local turn = 0

function init(args)
  base_init(args)
  local thread_number = id or 1 -- set by request.lua's setup(): 1, 2, ...
  local threads = tonumber(os.getenv("WRK_THREADS") or "1")
  local path = os.getenv("WRK_VISITORS") or error("WRK_VISITORS: no file of visitors")
  local line_number = 0
  for line in io.lines(path) do
    line_number = line_number + 1
    if (line_number - 1) % threads == thread_number - 1 then
      local fields = {}
      for field in string.gmatch(line, "[^\t]+") do table.insert(fields, field) end
      local headers = {}
      for k, v in pairs(wrk.headers) do headers[k] = v end
      headers["Cookie"] = table.remove(fields, 1)
      table.insert(mine, {headers = headers, bodies = fields, next = 0})
    end
  end
  if #mine == 0 then error("WRK_VISITORS lists fewer visitors than wrk has threads") end
end

function request()
  turn = turn % #mine + 1
  local visitor = mine[turn]
  visitor.next = visitor.next % #visitor.bodies + 1
  return wrk.format(nil, nil, visitor.headers, visitor.bodies[visitor.next])
end
