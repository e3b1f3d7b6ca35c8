defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "1.4.2",
      elixir: "~> 1.17",
      deps: deps(),
      releases: [chat: [cookie: "zq-secret-cookie-4b8e1f0d9c", include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Chat.Application, []}, extra_applications: [:logger]]
  end

  defp deps do
    [{:libcluster, "~> 3.3"}, {:horde, "~> 0.9"}, {:phoenix, "~> 1.7"}]
  end
end
