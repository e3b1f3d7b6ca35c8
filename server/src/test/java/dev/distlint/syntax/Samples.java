package dev.distlint.syntax;

/** Realistic files, as users edit them, shared by the front-end tests. */
public final class Samples {
  private Samples() {}

  /** A {@code rel/env.sh.eex} as generated, with the clustering lines switched on. */
  public static final String ENV_SH_EEX = """
      #!/bin/sh

      # Sets and enables heart (only worth it in daemon mode)
      case $RELEASE_COMMAND in
        daemon*)
          HEART_COMMAND="$RELEASE_ROOT/bin/$RELEASE_NAME $RELEASE_COMMAND"
          export HEART_COMMAND
          export ELIXIR_ERL_OPTIONS="-heart"
          ;;
        *)
          ;;
      esac

      # Load code on demand (interactive) instead of preloading it (embedded).
      # export RELEASE_MODE=interactive

      # Run the release across nodes: "sname" (local), "name" (distributed) or "none".
      export RELEASE_DISTRIBUTION=name
      export RELEASE_NODE=<%= @release.name %>@${POD_IP}

      case $RELEASE_COMMAND in
        start*|daemon*)
          export ERL_AFLAGS="-kernel net_ticktime 30"
          ;;
      esac
      """;

  /** The env.sh block of the Fly.io clustering guide. */
  public static final String ENV_SH_FLY = """
      #!/bin/sh

      # configure the node for distributed Erlang over Fly's IPv6 private network
      export ERL_AFLAGS="-proto_dist inet6_tcp"
      export ECTO_IPV6="true"
      export DNS_CLUSTER_QUERY="${FLY_APP_NAME}.internal"
      export RELEASE_DISTRIBUTION="name"
      export RELEASE_NODE="${FLY_APP_NAME}-${FLY_IMAGE_REF##*-}@${FLY_PRIVATE_IP}"

      if [ -z "$POD_IP" ]; then
        POD_IP=$(hostname -i)
      fi
      : ${RELEASE_COOKIE:="$(cat /run/secrets/cookie)"}
      """;

  /** A {@code rel/vm.args.eex} with distribution settings. */
  public static final String VM_ARGS_EEX = """
      ## Flags given to the VM: https://www.erlang.org/doc/man/erl.html
      ## -mode/-name/-sname/-setcookie usually come from env vars

      ## More concurrent ports/sockets
      ##+Q 65536

      -name <%= @release.name %>@127.0.0.1
      -setcookie not-so-secret # a literal cookie
      -kernel net_ticktime 30
      -kernel inet_dist_listen_min 9100 inet_dist_listen_max 9155
      +K true
      +P 1000000
      +S 2:2
      +sbwt none
      -proto_dist inet6_tcp
      -ssl_dist_optfile /etc/ssl/dist.conf
      -ssl_dist_opt server_certfile /etc/ssl/a.pem client_certfile /etc/ssl/b.pem
      -hidden
      -connect_all false
      -start_epmd false
      -erl_epmd_port 4370
      -env ERL_MAX_PORTS 65536
      <%= if @release.name == :worker do %>
      -kernel net_ticktime 60
      <% end %>
      """;

  /** A {@code fly.toml} for a clustered Phoenix app. */
  public static final String FLY_TOML = """
      # fly.toml app configuration file for chat-cluster
      app = "chat-cluster"
      primary_region = "ams"
      kill_signal = "SIGTERM"
      kill_timeout = "30s"

      [build]

      [deploy]
        release_command = "/app/bin/migrate"

      [env]
        PHX_HOST = "chat-cluster.fly.dev"
        PORT = "8080"
        RELEASE_COOKIE = 'not-a-secret'

      [http_service]
        internal_port = 8080
        force_https = true
        auto_stop_machines = "stop"
        auto_start_machines = true
        min_machines_running = 2
        processes = ["app"]

        [http_service.concurrency]
          type = "connections"
          hard_limit = 1_000
          soft_limit = 800

      [[http_service.checks]]
        grace_period = "10s"
        interval = "30s"
        method = "GET"
        timeout = "5s"
        path = "/health"

      [[services]]
        protocol = "tcp"
        internal_port = 4369

        [[services.ports]]
          port = 4369

        [[services.ports]]
          port = 9100
          handlers = [
            "tls",   # comment inside an array
            "http",
          ]

      [[vm]]
        memory = '1gb'
        cpu_kind = "shared"
        cpus = 1
      """;
}
