-- wrk script: GET /api/v1/complaints/{code} over the codes in the file named by CODES (one per line).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local codes = {}
for line in io.lines(os.getenv("CODES")) do
  table.insert(codes, line)
end

function init(args)
  counter = math.random(1, #codes)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/complaints/" .. codes[(counter % #codes) + 1])
end

function response(status, headers, body)
  count_unexpected(status, 200)
end
