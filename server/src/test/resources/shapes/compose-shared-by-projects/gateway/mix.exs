defmodule Gateway.MixProject do
  use Mix.Project

  def project do
    [
      app: :gateway,
      version: "0.3.0",
      elixir: "~> 1.17",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: [gateway: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [extra_applications: [:logger, :runtime_tools], mod: {Gateway.Application, []}]
  end

  defp deps do
    [
      {:ecto_sql, "~> 3.12"},
      {:oban, "~> 2.18"}
    ]
  end
end
