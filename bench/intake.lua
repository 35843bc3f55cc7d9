-- wrk script: POST /api/v1/complaints with a unique Idempotency-Key per request and a few realistic bodies.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local bodies = {
  '{"text":"我们12个人在郎木寺镇修路，包工头王某欠了三个月工资，每人每月4500，电话打不通","phone":"13800138000","channel":"web"}',
  '{"text":"玛艾镇一家饭店老板赵六欠我两个月工资共6000元","phone":"13912345678","channel":"hotline"}',
  '{"text":"ང་ཚོ་མི་བརྒྱད་ཀྱིས་ཤིས་ཚང་གི་ཆུ་རྫིང་བཟོ་ལས་ལ་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད། སྒོར་ ༣༠༠༠༠","phone":"17700001111","channel":"chat"}',
}

function init(args)
  counter = 0
  prefix = string.format("bench-%d-%d", os.time(), math.random(1, 1000000000))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format(nil, "/api/v1/complaints", nil, bodies[(counter % #bodies) + 1])
end

function response(status, headers, body)
  count_unexpected(status, 201)
end
