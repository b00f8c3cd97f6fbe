# wrk --latency output → "req/s p50_ms p99_ms non2xx" (bench/run.sh, bench/rate-limit.sh)
function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
/Requests\/sec/ { rps = $2 }
$1 == "50%" { p50 = ms($2) }
$1 == "99%" { p99 = ms($2) }
/Non-2xx/ { bad = $NF }
END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }
