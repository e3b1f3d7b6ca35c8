defmodule Chat.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    topologies = Application.get_env(:libcluster, :topologies, [])

    children = [
      ChatWeb.Telemetry,
      Chat.Repo,
      {Cluster.Supervisor, [topologies, [name: Chat.ClusterSupervisor]]},
      {Phoenix.PubSub, name: Chat.PubSub, pool_size: System.schedulers_online()},
      {Horde.Registry, name: Chat.RoomRegistry, keys: :unique, members: :auto},
      {Horde.DynamicSupervisor,
       name: Chat.RoomSupervisor,
       strategy: :one_for_one,
       members: :auto,
       distribution_strategy: Horde.UniformQuorumDistribution},
      {Oban, Application.fetch_env!(:chat, Oban)},
      Chat.Rooms.RaCluster,
      ChatWeb.Endpoint
    ]

    opts = [strategy: :one_for_one, name: Chat.Supervisor]
    Supervisor.start_link(children, opts)
  end

  @impl true
  def config_change(changed, _new, removed) do
    ChatWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
