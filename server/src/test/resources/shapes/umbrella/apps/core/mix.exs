defmodule Core.MixProject do
  use Mix.Project

  def project do
    [
      app: :core,
      version: "0.9.0",
      build_path: "../../_build",
      config_path: "../../config/config.exs",
      deps_path: "../../deps",
      lockfile: "../../mix.lock",
      deps: deps()
    ]
  end

  def application do
    [mod: {Core.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do
    [{:libcluster, "~> 3.5"}, {:opentelemetry, "~> 1.5"}]
  end
end
