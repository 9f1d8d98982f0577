#!/usr/bin/env bash
# Local ClickHouse servers for tests and benchmarks: two server processes on 127.0.0.1 that are the two shards of the
# cluster 'hso_two_shards', each with its own config, data, tmp and log folders under DIR, on free ports.
#
#   scripts/clickhouse.sh install      install clickhouse-server and clickhouse-client from Debian when missing (root)
#   scripts/clickhouse.sh start DIR    start both servers; writes DIR/env (HSO_CLICKHOUSE_NODES, HSO_CLICKHOUSE_CLUSTER)
#   scripts/clickhouse.sh stop DIR     stop them by the PIDs in DIR/s1.pid and DIR/s2.pid (waits until they are gone)
#
# Debian 12 ships ClickHouse 18.16.1: no systemd unit is started, so the servers are plain processes. Exit status is
# non-zero, with the server's log tail on stderr, when a server does not answer within 30 s.
set -uo pipefail

cluster=hso_two_shards
server=${HSO_CLICKHOUSE_SERVER:-/usr/sbin/clickhouse-server}

install() {
  if [ -x "$server" ]; then return 0; fi
  if [ "$(id -u)" != 0 ]; then echo "clickhouse-server missing and not root: cannot install it" >&2; return 1; fi
  echo "== installing clickhouse-server and clickhouse-client (Debian packages)"
  { apt-get -o DPkg::Lock::Timeout=600 update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq clickhouse-server clickhouse-client >/dev/null; } \
    || { echo "apt-get install clickhouse-server clickhouse-client failed" >&2; return 1; }
}

free_ports() { # prints N free TCP ports on 127.0.0.1
  python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

write_config() { # dir http tcp interserver tcp_of_shard1 tcp_of_shard2
  local d=$1
  mkdir -p "$d/data" "$d/tmp" "$d/log" "$d/user_files"
  cat > "$d/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/server.err.log</errorlog><size>10M</size><count>1</count></logger>
  <http_port>$2</http_port>
  <tcp_port>$3</tcp_port>
  <interserver_http_port>$4</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <max_connections>512</max_connections>
  <keep_alive_timeout>3</keep_alive_timeout>
  <max_concurrent_queries>200</max_concurrent_queries>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <mark_cache_size>268435456</mark_cache_size>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/user_files/</user_files_path>
  <users_config>$d/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <$cluster>
      <shard><replica><host>127.0.0.1</host><port>$5</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$6</port></replica></shard>
    </$cluster>
  </remote_servers>
</yandex>
XML
  cat > "$d/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>${HSO_CLICKHOUSE_MAX_MEMORY:-10000000000}</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

wait_ready() { # port log
  python3 - "$1" <<'PY' || { echo "ClickHouse on port $1 did not start; log:" >&2; tail -20 "$2" >&2; return 1; }
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/ping"
deadline = time.time() + 30
while time.time() < deadline:
    try:
        if urllib.request.urlopen(url, timeout=1).read().strip() == b"Ok.": sys.exit(0)
    except Exception:
        time.sleep(0.1)
sys.exit(1)
PY
}

start() {
  local dir=$1
  [ -x "$server" ] || { echo "$server not found (run: scripts/clickhouse.sh install)" >&2; return 1; }
  mkdir -p "$dir"
  read -r h1 t1 i1 h2 t2 i2 <<<"$(free_ports 6)"
  write_config "$dir/s1" "$h1" "$t1" "$i1" "$t1" "$t2"
  write_config "$dir/s2" "$h2" "$t2" "$i2" "$t1" "$t2"
  for s in s1 s2; do
    "$server" --config-file="$dir/$s/config.xml" >"$dir/$s/log/stdout.log" 2>&1 &
    echo $! > "$dir/$s.pid"
  done
  wait_ready "$h1" "$dir/s1/log/stdout.log" && wait_ready "$h2" "$dir/s2/log/stdout.log" || { stop "$dir"; return 1; }
  printf 'HSO_CLICKHOUSE_NODES=127.0.0.1:%s,127.0.0.1:%s\nHSO_CLICKHOUSE_CLUSTER=%s\n' "$h1" "$h2" "$cluster" > "$dir/env"
  cat "$dir/env"
}

stop() {
  local dir=$1 pid
  for s in s1 s2; do
    [ -f "$dir/$s.pid" ] || continue
    pid=$(cat "$dir/$s.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    rm -f "$dir/$s.pid"
  done
}

case "${1:-}" in
  install) install ;;
  start) [ $# -eq 2 ] || { echo "usage: $0 start DIR" >&2; exit 2; }; start "$2" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 install | start DIR | stop DIR" >&2; exit 2 ;;
esac
