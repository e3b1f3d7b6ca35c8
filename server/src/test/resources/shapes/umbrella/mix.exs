defmodule Platform.MixProject do
  use Mix.Project

  # One release of both apps: one cluster project, whose config/ and rel/ are shared.
  def project do
    [
      apps_path: "apps",
      version: "0.9.0",
      start_permanent: Mix.env() == :prod,
      deps: [],
      releases: [platform: [applications: [web: :permanent, core: :permanent]]]
    ]
  end
end
