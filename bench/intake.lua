-- wrk script: POST /api/v1/complaints with a unique Idempotency-Key per request and a few realistic bodies.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

-- %s is a different employer for each request: a county has many employers, not one with thousands of complaints.
local bodies = {
  '{"text":"我们12个人在郎木寺镇修路，包工头王%s欠了三个月工资，每人每月4500，电话打不通","phone":"13800138000","channel":"web"}',
  '{"text":"玛艾镇一家饭店老板赵%s欠我两个月工资共6000元","phone":"13912345678","channel":"hotline"}',
  '{"text":"ང་ཚོ་མི་བརྒྱད་ཀྱིས་ཤིས་ཚང་གི་ཆུ་རྫིང་བཟོ་ལས་ལ་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད། སྒོར་ ༣༠༠༠༠ %s","phone":"17700001111","channel":"chat"}',
}
local names = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

local function employer(n)
  local out = ""
  repeat
    out = out .. names[(n % 10) + 1]
    n = math.floor(n / 10)
  until n == 0
  return out .. tid
end

function init(args)
  counter = 0
  -- each wrk thread has its own Lua state with the same random seed: the thread id keeps the keys apart
  prefix = string.format("bench-%d-%d-%d", os.time(), tid, math.random(1, 1000000000))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format(nil, "/api/v1/complaints", nil, string.format(bodies[(counter % #bodies) + 1], employer(counter)))
end

function response(status, headers, body)
  count_unexpected(status, 201)
end
