#!/usr/bin/env python3
"""Generates a large, realistic BEAM cluster repository for the workspace benchmark.

usage: gen_workspace.py OUT_DIR [--files N] [--seed S]

An umbrella of many releases, each with Kubernetes manifests (Deployment, headless Service,
PodDisruptionBudget), a compose file, config/*.exs, rel/env.sh.eex and rel/vm.args.eex, a fly.toml
and a mix.exs, until N files (default 10,000) are written. Deterministic for a given seed.
"""
import argparse
import os
import random

K8S = """apiVersion: apps/v1
kind: {kind}
metadata:
  name: {name}
  namespace: {ns}
  labels: {{app: {name}, tier: backend}}
spec:
  replicas: {replicas}
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}, tier: backend}}
    spec:
      serviceAccountName: {name}
      containers:
        - name: app
          image: ghcr.io/acme/{name}:{version}
          env:
            - name: POD_IP
              valueFrom: {{fieldRef: {{fieldPath: status.podIP}}}}
            - name: RELEASE_COOKIE
              valueFrom: {{secretKeyRef: {{name: {name}-cookie, key: cookie}}}}
            - name: RELEASE_NODE
              value: {name}@$(POD_IP)
          ports:
            - containerPort: 4000
              name: http
            - containerPort: 4369
              name: epmd
          readinessProbe:
            httpGet: {{path: /health/ready, port: 4000}}
            periodSeconds: {ready_period}
          livenessProbe:
            httpGet: {{path: /health, port: 4000}}
            periodSeconds: 10
            failureThreshold: 6
          resources:
            requests: {{cpu: 250m, memory: 512Mi}}
            limits: {{memory: 1Gi}}
---
apiVersion: v1
kind: Service
metadata:
  name: {name}-nodes
  namespace: {ns}
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector: {{app: {name}}}
  ports:
    - name: epmd
      port: 4369
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {name}
  namespace: {ns}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {{app: {name}}}
"""

COMPOSE = """services:
  {name}:
    image: ghcr.io/acme/{name}:{version}
    environment:
      RELEASE_DISTRIBUTION: name
      RELEASE_NODE: {name}@{name}
      RELEASE_COOKIE: ${{RELEASE_COOKIE}}
    ports:
      - "127.0.0.1:{port}:4000"
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:4000/health"]
      interval: 10s
      timeout: 3s
  {name}-worker:
    image: ghcr.io/acme/{name}:{version}
    environment:
      RELEASE_NODE: worker@{name}-worker
      RELEASE_COOKIE: ${{RELEASE_COOKIE}}
"""

RUNTIME = """import Config

if config_env() == :prod do
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [
          service: "{name}-nodes",
          application_name: "{name}",
          polling_interval: {poll}
        ]
      ]
    ]

  config :{app}, {mod}.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :{app}, {mod}Web.Endpoint,
    url: [host: System.get_env("PHX_HOST") || "{name}.example.com", port: 443],
    http: [ip: {{0, 0, 0, 0, 0, 0, 0, 0}}, port: 4000],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

  config :kernel, inet_dist_listen_min: 9100, inet_dist_listen_max: 9155
end
"""

PROD = """import Config

config :{app}, {mod}Web.Endpoint, cache_static_manifest: "priv/static/cache_manifest.json"
config :logger, level: :info
config :{app}, Oban, repo: {mod}.Repo, queues: [default: {queue}, mailers: 5]
"""

ENV_SH = """#!/bin/sh
# Node naming for Kubernetes.
export RELEASE_DISTRIBUTION=name
export RELEASE_NODE=<%= @release.name %>@${{POD_IP}}
if [ -z "$POD_IP" ]; then
  echo "POD_IP is not set" >&2
  exit 1
fi
case "$RELEASE_COMMAND" in
  start*) export ERL_AFLAGS="-kernel shell_history enabled" ;;
esac
"""

VM_ARGS = """## VM flags for {name}
+K true
+A {asyncs}
+sbwt none
-kernel inet_dist_listen_min 9100 inet_dist_listen_max 9155
-kernel net_ticktime 60
-env ERL_MAX_PORTS 65536
"""

FLY = """app = "{name}"
primary_region = "{region}"
kill_signal = "SIGTERM"
kill_timeout = "30s"

[env]
  DNS_CLUSTER_QUERY = "{name}.internal"
  ECTO_IPV6 = "true"
  ERL_AFLAGS = "-proto_dist inet6_tcp"

[http_service]
  internal_port = 4000
  force_https = true
  min_machines_running = 2

  [[http_service.checks]]
    grace_period = "10s"
    interval = "15s"
    method = "GET"
    path = "/health"
    timeout = "2s"
"""

MIX = """defmodule {mod}.MixProject do
  use Mix.Project

  def project do
    [app: :{app}, version: "{version}", elixir: "~> 1.17", deps: deps(),
     releases: [{app}: [include_executables_for: [:unix]]]]
  end

  def application do
    [mod: {{{mod}.Application, []}}, extra_applications: [:logger]]
  end

  defp deps do
    [{{:libcluster, "~> 3.3"}}, {{:horde, "~> 0.9"}}, {{:phoenix, "~> 1.7"}}, {{:oban, "~> 2.17"}}]
  end
end
"""

# Files per release: (relative path, template, weight in the mix).
LAYOUT = [
    ("k8s/deployment.yaml", K8S),
    ("k8s/canary.yaml", K8S),
    ("docker-compose.yml", COMPOSE),
    ("config/runtime.exs", RUNTIME),
    ("config/prod.exs", PROD),
    ("rel/env.sh.eex", ENV_SH),
    ("rel/vm.args.eex", VM_ARGS),
    ("fly.toml", FLY),
    ("mix.exs", MIX),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    written = 0
    total = 0
    i = 0
    while written < args.files:
        name = f"svc{i:04d}"
        app = f"svc{i:04d}"
        mod = f"Svc{i:04d}"
        values = dict(
            name=name, app=app, mod=mod, ns=rnd.choice(["default", "chat", "billing", "edge"]),
            kind=rnd.choice(["Deployment", "StatefulSet"]), replicas=rnd.choice([2, 3, 5]),
            version=f"1.{rnd.randint(0, 40)}.{rnd.randint(0, 9)}", ready_period=rnd.choice([5, 10]),
            port=4000 + i % 1000, poll=rnd.choice([5_000, 10_000]), queue=rnd.choice([10, 20]),
            region=rnd.choice(["ams", "iad", "syd"]), asyncs=rnd.choice([32, 64]),
        )
        for rel, template in LAYOUT:
            if written >= args.files:
                break
            path = os.path.join(args.out, "apps", name, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            text = template.format(**values)
            with open(path, "w") as f:
                f.write(text)
            written += 1
            total += len(text.encode())
        i += 1
    with open(os.path.join(args.out, "mix.exs"), "w") as f:
        f.write(MIX.format(mod="Umbrella", app="umbrella", version="0.1.0"))
    print(f"{written + 1} files, {total / 1e6:.1f} MB in {i} releases under {args.out}")


if __name__ == "__main__":
    main()
