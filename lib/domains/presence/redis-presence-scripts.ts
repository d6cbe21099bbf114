/*
 * Lua run atomically in Redis, after Discourse's presence channels: per room a sorted set of
 * "instance|person" contributions scored by their expiry, and a hash person → number of instances
 * contributing. The count of a room is the hash's length: people, not tabs, not instances. A
 * contribution whose instance stopped heartbeating expires and is swept by whichever instance sweeps
 * first; the hash is decremented exactly once because ZREM says whether it removed anything.
 * Scores come from Redis's own clock, so instances need not agree on the time.
 */

const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

/** KEYS: rooms set, room's contributions, room's people. ARGV: room, ttl ms, instance, person… */
export const ADD_SCRIPT = `${NOW}
local added = 0
for i = 4, #ARGV do
  if redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3] .. '|' .. ARGV[i]) == 1 then
    redis.call('HINCRBY', KEYS[3], ARGV[i], 1)
    added = added + 1
  end
end
redis.call('SADD', KEYS[1], ARGV[1])
return added`;

/** KEYS: room's contributions, room's people. ARGV: instance, person. */
export const REMOVE_SCRIPT = `
if redis.call('ZREM', KEYS[1], ARGV[1] .. '|' .. ARGV[2]) == 1 then
  if redis.call('HINCRBY', KEYS[2], ARGV[2], -1) <= 0 then redis.call('HDEL', KEYS[2], ARGV[2]) end
  return 1
end
return 0`;

/** KEYS: rooms set. ARGV: key prefix. Sweeps expired contributions; returns room, count, room, count… */
export const SWEEP_SCRIPT = `${NOW}
local out = {}
for _, room in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local seen = ARGV[1] .. room .. ':seen'
  local people = ARGV[1] .. room .. ':people'
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', seen, '-inf', now)) do
    redis.call('ZREM', seen, member)
    local person = string.sub(member, string.find(member, '|', 1, true) + 1)
    if redis.call('HINCRBY', people, person, -1) <= 0 then redis.call('HDEL', people, person) end
  end
  local n = redis.call('HLEN', people)
  if n == 0 and redis.call('ZCARD', seen) == 0 then
    redis.call('SREM', KEYS[1], room)
  else
    table.insert(out, room)
    table.insert(out, n)
  end
end
return out`;
