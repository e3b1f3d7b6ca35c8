defmodule Chat.Application do
  use Application

  @impl true
  def start(_type, _args) do
    topologies = Application.get_env(:libcluster, :topologies, [])

    children = [
      {Cluster.Supervisor, [topologies, [name: Chat.ClusterSupervisor]]},
      {Horde.Registry, name: Chat.Registry, keys: :unique, members: :auto},
      {Horde.DynamicSupervisor, name: Chat.Supervisor, strategy: :one_for_one, members: :auto},
      ChatWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Chat.Supervisor)
  end
end
