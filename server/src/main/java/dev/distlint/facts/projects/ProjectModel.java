package dev.distlint.facts.projects;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Fact;
import dev.distlint.facts.kustomize.Kustomize;
import dev.distlint.facts.kustomize.Overlay;
import dev.distlint.base.TextRange;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeScope;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.settings.Settings;
import dev.distlint.syntax.elixir.view.MixProject;
import dev.distlint.workspace.SettingsTree;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a workspace divides into cluster projects. Each root folder (a directory checked, an
 * editor's workspace folder) has its own projects: its Mix projects (an umbrella's apps belong to
 * the umbrella) and those stated in a settings file's {@code projects:}. Files under a project's
 * folder belong to it. A deployment file outside every project (or in a project that holds
 * others) is linked by evidence, strongest first: a {@code deploy:} glob of {@code projects:}, a
 * compose build folder inside the project, the names it carries (image, object names and app
 * labels, Fly app, chart) against the project's names (Mix app, releases, folder). A file with
 * no evidence goes with the linked files of its folder, or to the only project of its root; what
 * is left is checked apart, one group per folder, so it never pairs with a project's files.
 * A Helm chart and a Kustomize overlay with its bases stay together. Computed once per snapshot.
 */
public final class ProjectModel {
  /** The origin of the group of files linked to no project. */
  public static final String UNLINKED = "unlinked";

  /**
   * What the model depends on besides the files: each root folder's settings as read (its own
   * file or the explicit one), the settings given on top, and whether the configuration file was
   * named explicitly (then folders' own files are not read).
   */
  public record Basis(Map<String, Settings> tops, Settings over, boolean explicit) {
    /** One root, the current folder, with its settings. */
    public static Basis single(Settings settings) {
      return new Basis(Map.of("", settings), Settings.DEFAULT, false);
    }
  }

  private static final Fact.Family<Basis, ProjectModel> MODEL =
      Fact.family("project-model", ProjectModel::build);

  /**
   * A project that runs some services of a compose file linked to another project: the file as
   * that project reads it (those services only) and where those services are written, the part
   * of the file whose findings come from that project.
   */
  public record Share(ClusterProject project, ParsedFile variant, List<TextRange> services) {
    /** Whether a finding at {@code r} is about one of the shared services. */
    public boolean covers(TextRange r) {
      for (TextRange s : services) {
        if (r.start() >= s.start() && r.start() < s.end()) {
          return true;
        }
      }
      return false;
    }
  }

  private final SettingsTree settings;
  private final List<ClusterProject> projects;
  private final Map<String, ClusterProject> byPath;
  private final Map<String, List<Share>> shares;

  private ProjectModel(SettingsTree settings, List<ClusterProject> projects) {
    this.settings = settings;
    this.projects = List.copyOf(projects);
    Map<String, ClusterProject> m = new HashMap<>();
    Map<String, List<Share>> sh = new HashMap<>();
    for (ClusterProject p : projects) {
      for (ClusterProject.Member mem : p.members()) {
        if (!mem.shared()) {
          m.put(mem.path(), p);
          continue;
        }
        ParsedFile variant = p.workspace().file(mem.path());
        List<TextRange> ranges = new ArrayList<>();
        for (ComposeService svc : ComposeFile.of(variant)) {
          ranges.add(new TextRange(svc.range(svc.nameNode()).start(),
              svc.range(svc.node()).end()));
        }
        sh.computeIfAbsent(mem.path(), k -> new ArrayList<>())
            .add(new Share(p, variant, List.copyOf(ranges)));
      }
    }
    this.byPath = m;
    this.shares = sh;
  }

  /**
   * The other projects that run services of the compose file at {@code path}, each with the file
   * as it reads it; empty for every other file.
   */
  public List<Share> sharesOf(String path) {
    return shares.getOrDefault(path, List.of());
  }

  /**
   * The file at {@code path} as its own project reads it: a compose file whose services run in
   * several projects holds only its project's services; null for a path not in the workspace.
   */
  public ParsedFile fileOf(String path) {
    ClusterProject p = byPath.get(path);
    return p == null ? null : p.workspace().file(path);
  }

  /** The model of {@code ws}; memoised per snapshot and basis. */
  public static ProjectModel of(Workspace ws, Basis basis) {
    return MODEL.in(ws, basis);
  }

  public List<ClusterProject> projects() {
    return projects;
  }

  /** The project of the file at {@code path}, or null for a path not in the workspace. */
  public ClusterProject projectOf(String path) {
    return byPath.get(path);
  }

  /** The workspace the file at {@code path} is checked in: its project's files; null if unknown. */
  public Workspace workspaceOf(String path) {
    ClusterProject p = byPath.get(path);
    return p == null ? null : p.workspace();
  }

  /** The settings that apply to the file at {@code path}. */
  public Settings settingsFor(String path) {
    return settings.settingsFor(path);
  }

  public SettingsTree settings() {
    return settings;
  }

  /**
   * The model of {@code ws}, made from {@code previous} (the model of {@code before} on the same
   * basis) when the two snapshots hold the same files in the same order and each file that
   * changed kept its {@linkplain #linkingKey linking key}: each such file takes the place of its
   * older version in the projects that hold it, and every other project stays as it was (with its
   * workspace and the facts already worked out there). Otherwise the model is built anew. An edit
   * in a large repository then costs the edited file's projects, not a pass over every file.
   */
  public static ProjectModel next(ProjectModel previous, Workspace before, Workspace ws,
      Basis basis) {
    if (previous == null || before == null) {
      return of(ws, basis);
    }
    List<ParsedFile> was = List.copyOf(before.files());
    List<ParsedFile> now = List.copyOf(ws.files());
    if (was.size() != now.size()) {
      return of(ws, basis);
    }
    // a root without Mix or stated projects is one project whatever its files say
    boolean evidence = previous.projects.stream().anyMatch(p -> !p.origin().equals("repository"));
    Map<String, ParsedFile> changed = new LinkedHashMap<>();
    for (int i = 0; i < now.size(); i++) {
      ParsedFile a = was.get(i);
      ParsedFile b = now.get(i);
      if (a == b) {
        continue;
      }
      if (!a.path().equals(b.path())
          || !linkingKey(a, evidence).equals(linkingKey(b, evidence))) {
        return of(ws, basis);
      }
      changed.put(b.path(), b);
    }
    return changed.isEmpty() ? previous : previous.replaced(changed);
  }

  /**
   * What building the model reads from a file besides its path: its kind; the text of a settings
   * file or a kustomization (their folders' settings, the files an overlay reads); a mix.exs's
   * app, releases and umbrella folder; and a deployment file's evidence (names, build folders,
   * and a compose file's services with theirs). Two versions of a file with equal keys leave the
   * model as it was. Without {@code evidence} (every root is one project, none found by a mix.exs
   * or stated), the deployment evidence is left out: nothing is linked by it.
   */
  static List<Object> linkingKey(ParsedFile f, boolean evidence) {
    List<Object> key = new ArrayList<>();
    key.add(f.kind());
    if (f.kind() == FileKind.DISTLINT_CONFIG || Kustomize.isKustomization(f.source().name())) {
      key.add(f.text());
    }
    if (f.kind() == FileKind.MIX) {
      MixProject mp = f.view(ElixirViews.MIX);
      key.add(mp.app());
      key.add(mp.appsPath());
      key.add(List.copyOf(mp.releases().keySet()));
    }
    if (evidence && Evidence.isDeployment(f.kind())) {
      key.add(Evidence.of(f));
      if (f.kind() == FileKind.COMPOSE) {
        key.add(List.copyOf(Evidence.services(f).entrySet()));
      }
    }
    return key;
  }

  /** This model with the given files in place of their older versions. */
  private ProjectModel replaced(Map<String, ParsedFile> changed) {
    List<ClusterProject> out = new ArrayList<>(projects.size());
    for (ClusterProject p : projects) {
      Workspace w = p.workspace();
      for (ParsedFile f : changed.values()) {
        if (w.has(f.path())) {
          // a compose file read with some services only keeps being read so
          Object ctx = w.file(f.path()).context();
          w = w.with(ctx == null ? f : f.inContext(ctx));
        }
      }
      out.add(w == p.workspace() ? p : new ClusterProject(p.name(), p.dir(), p.origin(),
          p.names(), p.members(), w));
    }
    return new ProjectModel(settings, out);
  }

  private static ProjectModel build(Workspace ws, Basis basis) {
    readAhead(ws);
    SettingsTree tree = SettingsTree.of(ws, basis.tops(), basis.over(), basis.explicit());
    Map<String, List<ParsedFile>> byRoot = new LinkedHashMap<>();
    for (ParsedFile f : ws.files()) {
      if (f.kind() != FileKind.DISTLINT_CONFIG && !tree.accepts(f.path())) {
        continue; // left out by a nested settings file: in no project, never checked
      }
      String root = tree.rootOf(SettingsTree.dirOf(f.path()));
      byRoot.computeIfAbsent(root == null ? "" : root, k -> new ArrayList<>()).add(f);
    }
    List<ClusterProject> out = new ArrayList<>();
    byRoot.forEach((root, files) -> out.addAll(new RootLinker(root, files, tree).link()));
    return new ProjectModel(tree, out);
  }

  /**
   * Reads on every core the views the linking below reads of every file of their kind (each
   * mix.exs, the services of each compose file): one after another they were most of its time.
   * A file that fails to parse is left for the linking, which meets the failure as it would.
   * Once read, a second call only looks the views up.
   */
  public static void readAhead(Workspace ws) {
    List<ParsedFile> wanted = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      if (f.kind() == FileKind.MIX || f.kind() == FileKind.COMPOSE) {
        wanted.add(f);
      }
    }
    if (wanted.size() < 2) {
      return;
    }
    dev.distlint.base.Parallelism.stream(wanted).forEach(f -> {
      try {
        if (f.kind() == FileKind.MIX) {
          f.view(ElixirViews.MIX);
        } else {
          Evidence.services(f);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // met again, and handled, where the linking reads the view
      }
    });
  }

  /** A project being assembled. */
  private static final class Draft {
    final String dir;
    String name;
    String origin;
    final Set<String> names = new LinkedHashSet<>();
    final Map<String, String> members = new LinkedHashMap<>();
    /** Compose files of other projects with the services this one runs. */
    final Map<String, Set<String>> shared = new LinkedHashMap<>();
    boolean container;

    Draft(String dir, String name, String origin) {
      this.dir = dir;
      this.name = name;
      this.origin = origin;
    }

    void addName(String n) {
      String v = Evidence.normal(n);
      if (v != null) {
        names.add(v);
      }
    }
  }

  /** Links the files of one root folder to that root's projects. */
  private static final class RootLinker {
    private final String root;
    private final List<ParsedFile> files;
    private final SettingsTree tree;
    private final TreeMap<String, Draft> projects = new TreeMap<>();
    private final Map<String, String> declaredDeploy = new LinkedHashMap<>();
    private final Map<String, Draft> declaredGlobOwner = new LinkedHashMap<>();

    RootLinker(String root, List<ParsedFile> files, SettingsTree tree) {
      this.root = root;
      this.files = files;
      this.tree = tree;
    }

    /** The reason of a file that lies in a project's folder. */
    private String inFolder(Draft d) {
      return "in the folder of project " + d.name + " (" + d.origin + ")";
    }

    List<ClusterProject> link() {
      findMixProjects();
      findDeclared();
      if (projects.isEmpty()) {
        Draft all = new Draft(root, displayName(root), "repository");
        files.forEach(f -> all.members.put(f.path(), "no mix.exs in " + shown(root)
            + ": the folder is one project"));
        return List.of(finish(all));
      }
      for (Draft d : projects.values()) {
        // folders inside d's sort right after it
        String next = projects.higherKey(d.dir);
        d.container = next != null && next.startsWith(d.dir);
      }
      Map<String, List<ParsedFile>> units = units();
      Map<List<ParsedFile>, Draft> linked = new LinkedHashMap<>();
      Map<List<ParsedFile>, String> why = new HashMap<>();
      List<List<ParsedFile>> open = new ArrayList<>();
      for (List<ParsedFile> unit : new LinkedHashSet<>(units.values())) {
        String[] reason = new String[1];
        Draft d = byEvidence(unit, reason);
        if (d != null) {
          linked.put(unit, d);
          why.put(unit, reason[0]);
        } else {
          open.add(unit);
        }
      }
      Map<String, Set<Draft>> byDir = new HashMap<>();
      linked.forEach((unit, d) -> unit.stream().filter(f -> Evidence.isDeployment(f.kind()))
          .forEach(f -> byDir.computeIfAbsent(SettingsTree.dirOf(f.path()),
              k -> new LinkedHashSet<>()).add(d)));
      List<List<ParsedFile>> unlinked = new ArrayList<>();
      for (List<ParsedFile> unit : open) {
        String[] reason = new String[1];
        Draft d = byFolder(unit, byDir, reason);
        if (d == null && projects.size() == 1) {
          d = projects.values().iterator().next();
          reason[0] = "the only project in " + shown(root);
        }
        if (d != null) {
          linked.put(unit, d);
          why.put(unit, reason[0]);
        } else {
          unlinked.add(unit);
        }
      }
      linked.forEach((unit, d) -> unit.forEach(f -> d.members.put(f.path(), why.get(unit))));
      splitComposeFiles(units, linked);
      List<Draft> drafts = new ArrayList<>(projects.values());
      Map<String, Draft> apart = new TreeMap<>();
      for (List<ParsedFile> unit : unlinked) {
        String dir = SettingsTree.dirOf(unit.get(0).path());
        Draft g = apart.computeIfAbsent(dir, k -> new Draft(k, UNLINKED + ": " + shown(k),
            UNLINKED));
        unit.forEach(f -> g.members.put(f.path(), f.kind() == FileKind.DISTLINT_CONFIG
            ? "settings of the folders below it, in no project's folder"
            : "no evidence names one of the projects in " + shown(root)
                + "; checked apart with the other such files of its folder"));
      }
      drafts.addAll(apart.values());
      List<ClusterProject> out = new ArrayList<>();
      for (Draft d : drafts) {
        if (!d.members.isEmpty() || !d.origin.equals(UNLINKED)) {
          out.add(finish(d));
        }
      }
      return out;
    }

    /** The services a compose file's own project keeps when others run some of them. */
    private final Map<String, Set<String>> kept = new HashMap<>();

    /**
     * A compose file alone in its unit whose services name other projects: each such service
     * goes to the project its own evidence names (a build folder inside it, or its full name in
     * the service, image or container name), the rest stay with the file's project.
     */
    private void splitComposeFiles(Map<String, List<ParsedFile>> units,
        Map<List<ParsedFile>, Draft> linked) {
      for (ParsedFile f : files) {
        List<ParsedFile> unit = units.get(f.path());
        if (f.kind() != FileKind.COMPOSE || unit.size() != 1) {
          continue;
        }
        Map<String, Evidence> services = Evidence.services(f);
        if (services.size() < 2) {
          continue;
        }
        Draft home = linked.get(unit);
        String dir = SettingsTree.dirOf(f.path());
        Map<Draft, Set<String>> away = new LinkedHashMap<>();
        Map<Draft, String> reasons = new HashMap<>();
        services.forEach((name, ev) -> {
          String[] reason = new String[1];
          Draft d = byNames(List.of(new Said(dir, "service '" + name + "' of " + base(f.path()),
              ev)), null, reason, 3);
          if (d != null && d != home) {
            away.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(name);
            reasons.putIfAbsent(d, reason[0]);
          }
        });
        if (away.isEmpty()) {
          continue;
        }
        Set<String> rest = new LinkedHashSet<>(services.keySet());
        away.forEach((d, names) -> {
          rest.removeAll(names);
          d.shared.put(f.path(), names);
          d.members.put(f.path(), "runs " + (names.size() == 1 ? "service " : "services ")
              + String.join(", ", names) + ": " + reasons.get(d));
        });
        kept.put(f.path(), rest);
      }
    }

    private Map<String, Integer> index;

    private ClusterProject finish(Draft d) {
      if (index == null) {
        index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
          index.put(files.get(i).path(), i);
        }
      }
      // the project's files in workspace order
      List<Integer> at = new ArrayList<>();
      for (String path : d.members.keySet()) {
        Integer i = index.get(path);
        if (i != null) {
          at.add(i);
        }
      }
      java.util.Collections.sort(at);
      List<ClusterProject.Member> members = new ArrayList<>(at.size());
      List<ParsedFile> mine = new ArrayList<>(at.size());
      for (int i : at) {
        ParsedFile f = files.get(i);
        Set<String> shared = d.shared.get(f.path());
        Set<String> scope = shared != null ? shared : kept.get(f.path());
        members.add(new ClusterProject.Member(f.path(), d.members.get(f.path()), shared != null));
        mine.add(scope == null ? f : f.inContext(new ComposeScope(scope)));
      }
      return new ClusterProject(d.name, d.dir, d.origin, Set.copyOf(d.names),
          List.copyOf(members), new Workspace(mine));
    }

    /** Every mix.exs not inside an umbrella's apps folder starts a project. */
    private void findMixProjects() {
      List<ParsedFile> mixes = files.stream().filter(f -> f.kind() == FileKind.MIX).toList();
      List<String> appsDirs = new ArrayList<>();
      Map<String, MixProject> byDir = new LinkedHashMap<>();
      for (ParsedFile m : mixes) {
        MixProject mp = m.view(ElixirViews.MIX);
        String dir = SettingsTree.dirOf(m.path());
        byDir.put(dir, mp);
        mp.appsPath().ifPresent(a -> appsDirs.add(folder(dir + a)));
      }
      byDir.forEach((dir, mp) -> {
        String umbrella = appsDirs.stream().filter(dir::startsWith).findFirst().orElse(null);
        if (umbrella != null) {
          return;
        }
        boolean isUmbrella = mp.appsPath().isPresent();
        Draft d = new Draft(dir, mp.app()
            .or(() -> mp.releases().keySet().stream().findFirst()).orElse(displayName(dir)),
            isUmbrella ? "umbrella" : "mix project");
        mp.app().ifPresent(d::addName);
        mp.releases().keySet().forEach(d::addName);
        d.addName(baseName(dir));
        projects.put(dir, d);
      });
      // an umbrella answers to its apps' names too
      List<Draft> umbrellas = projects.values().stream()
          .filter(d -> d.origin.equals("umbrella")).toList();
      byDir.forEach((dir, mp) -> {
        for (Draft d : umbrellas) {
          if (!dir.equals(d.dir) && dir.startsWith(d.dir)) {
            mp.app().ifPresent(d::addName);
            mp.releases().keySet().forEach(d::addName);
          }
        }
      });
    }

    /** Projects stated in settings files under this root: they name or add projects. */
    private void findDeclared() {
      tree.declaring().forEach((cfgDir, s) -> {
        if (!cfgDir.startsWith(root) && !root.startsWith(cfgDir)) {
          return;
        }
        for (Settings.ProjectDecl p : s.layout().projects()) {
          String dir = p.path().isEmpty() ? cfgDir : folder(cfgDir + p.path());
          Draft d = projects.get(dir);
          String origin = "stated in " + cfgDir + ".distlint.yaml";
          if (d == null) {
            d = new Draft(dir, p.name(), origin);
            projects.put(dir, d);
          } else {
            d.name = p.name();
            d.origin = d.origin + ", " + origin;
          }
          d.addName(p.name());
          d.addName(baseName(dir));
          for (String glob : p.deploy()) {
            String g = glob.startsWith("./") ? glob.substring(2) : glob;
            declaredDeploy.put(cfgDir + "\u0000" + g, glob);
            declaredGlobOwner.put(cfgDir + "\u0000" + g, d);
          }
        }
      });
    }

    /**
     * Files that must be checked together: a chart's files, a Kustomize overlay with what it
     * reads; any other file on its own. Keyed by path, each to its unit.
     */
    private Map<String, List<ParsedFile>> units() {
      Map<String, ParsedFile> byPath = new LinkedHashMap<>();
      files.forEach(f -> byPath.put(f.path(), f));
      UnionFind uf = new UnionFind();
      Set<String> charts = new LinkedHashSet<>();
      for (ParsedFile f : files) {
        if (f.source().name().equals("Chart.yaml")) {
          charts.add(SettingsTree.dirOf(f.path()));
        }
      }
      if (!charts.isEmpty()) {
        for (ParsedFile f : files) {
          for (String c : charts) {
            if (f.path().startsWith(c)) {
              uf.union(f.path(), c + "Chart.yaml");
            }
          }
        }
      }
      for (Overlay o : Kustomize.overlays(new Workspace(files))) {
        for (String src : o.sources()) {
          if (byPath.containsKey(src)) {
            uf.union(o.kustomization().path(), src);
          }
        }
      }
      Map<String, List<ParsedFile>> groups = new LinkedHashMap<>();
      Map<String, List<ParsedFile>> out = new LinkedHashMap<>();
      for (ParsedFile f : files) {
        List<ParsedFile> g = groups.computeIfAbsent(uf.find(f.path()), k -> new ArrayList<>());
        g.add(f);
        out.put(f.path(), g);
      }
      return out;
    }

    /** The project the unit's own evidence names, or null; {@code reason[0]} says why. */
    private Draft byEvidence(List<ParsedFile> unit, String[] reason) {
      for (ParsedFile f : unit) {
        String rel = f.path();
        for (Map.Entry<String, Draft> e : declaredGlobOwner.entrySet()) {
          String cfgDir = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
          String glob = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
          if (rel.startsWith(cfgDir) && Settings.Glob.matches(glob, rel.substring(cfgDir.length()))) {
            reason[0] = "matches deploy: '" + declaredDeploy.get(e.getKey()) + "' of project "
                + e.getValue().name + " in " + cfgDir + ".distlint.yaml";
            return e.getValue();
          }
        }
      }
      Draft owner = null;
      boolean ownedByPath = false;
      for (ParsedFile f : unit) {
        Draft d = pathOwner(f.path());
        if (d != null && (owner == null || d.dir.length() > owner.dir.length())) {
          owner = d;
        }
        ownedByPath |= d != null;
        if (d != null && !Evidence.isDeployment(f.kind())) {
          reason[0] = inFolder(d);
          return d;
        }
      }
      if (owner != null && !owner.container) {
        reason[0] = inFolder(owner);
        return owner;
      }
      Draft named = byNames(unit, owner, reason);
      if (named != null) {
        return named;
      }
      if (owner != null) {
        reason[0] = inFolder(owner) + "; no evidence names a project inside it";
        return owner;
      }
      return null;
    }

    /** Evidence and where it was said: the folder build paths are relative to, and a label. */
    private record Said(String dir, String where, Evidence evidence) {
    }

    private Draft byNames(List<ParsedFile> unit, Draft within, String[] reason) {
      List<Said> said = new ArrayList<>();
      for (ParsedFile f : unit) {
        said.add(new Said(SettingsTree.dirOf(f.path()), base(f.path()), Evidence.of(f)));
      }
      return byNames(said, within, reason, 1);
    }

    /**
     * Build folders, then names: the project the evidence points at, when one wins with a score
     * of at least {@code least} (3 is one full name).
     */
    private Draft byNames(List<Said> said, Draft within, String[] reason, int least) {
      for (Said f : said) {
        for (String ctx : f.evidence().buildContexts()) {
          String dir = folder(f.dir() + ctx);
          Draft d = deepestContaining(dir);
          if (d != null && (within == null || d.dir.startsWith(within.dir))) {
            reason[0] = "compose builds from " + shown(dir) + ", in project " + d.name;
            return d;
          }
        }
      }
      Map<Draft, Integer> score = new LinkedHashMap<>();
      Map<Draft, String> because = new HashMap<>();
      Map<String, List<Draft>> index = nameIndex();
      for (Said f : said) {
        for (String token : f.evidence().names()) {
          // each project once per token, at the strongest of its names the token holds
          Map<Draft, Integer> best = new HashMap<>();
          String[] parts = token.split("-", -1);
          for (int i = 0; i < parts.length; i++) {
            StringBuilder sub = new StringBuilder();
            for (int j = i; j < parts.length; j++) {
              if (j > i) {
                sub.append('-');
              }
              sub.append(parts[j]);
              int strength = i == 0 && j == parts.length - 1 ? 3 : 1;
              for (Draft d : index.getOrDefault(sub.toString(), List.of())) {
                if (within == null || d.dir.startsWith(within.dir)) {
                  best.merge(d, strength, Math::max);
                }
              }
            }
          }
          best.forEach((d, b) -> {
            score.merge(d, b, Integer::sum);
            because.putIfAbsent(d, "'" + token + "' in " + f.where());
          });
        }
      }
      List<Map.Entry<Draft, Integer>> ranked = new ArrayList<>(score.entrySet());
      ranked.sort(Map.Entry.<Draft, Integer>comparingByValue().reversed());
      if (ranked.isEmpty() || ranked.get(0).getValue() < least
          || (ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue()))) {
        return null;
      }
      Draft d = ranked.get(0).getKey();
      reason[0] = "names project " + d.name + " (" + because.get(d) + ")";
      return d;
    }

    /**
     * The project of the linked files of the unit's folder, or of the nearest folder above it
     * (up to the root) that holds linked files, when they all agree.
     */
    private Draft byFolder(List<ParsedFile> unit, Map<String, Set<Draft>> byDir,
        String[] reason) {
      String dir = SettingsTree.dirOf(unit.get(0).path());
      while (dir.startsWith(root)) {
        Set<Draft> seen = byDir.getOrDefault(dir, Set.of());
        if (seen.size() == 1) {
          Draft d = seen.iterator().next();
          reason[0] = "beside files of project " + d.name + " in " + shown(dir);
          return d;
        }
        if (seen.size() > 1 || dir.equals(root) || dir.isEmpty()) {
          return null;
        }
        dir = SettingsTree.dirOf(dir.substring(0, dir.length() - 1));
      }
      return null;
    }

    private Draft pathOwner(String path) {
      return deepestContaining(path);
    }

    /** The project whose folder is the nearest ancestor of {@code path} (projects are keyed by folder). */
    private Draft deepestContaining(String path) {
      for (int i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
        Draft d = projects.get(path.substring(0, i + 1));
        if (d != null) {
          return d;
        }
        if (i == 0) {
          break;
        }
      }
      return projects.get("");
    }

    private Map<String, List<Draft>> names;

    /** Each normalised project name with the projects it names, built once. */
    private Map<String, List<Draft>> nameIndex() {
      if (names == null) {
        names = new HashMap<>();
        for (Draft d : projects.values()) {
          for (String n : d.names) {
            names.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
          }
        }
      }
      return names;
    }
  }

  /** A minimal union-find over paths. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      String r = find(p);
      parent.put(x, r);
      return r;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(ra, rb);
      }
    }
  }

  /** '/'-separated path with "." and ".." segments resolved (leading ".." kept). */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    boolean absolute = path.startsWith("/");
    for (String s : path.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(s);
      }
    }
    return (absolute ? "/" : "") + String.join("/", parts);
  }

  private static String baseName(String dir) {
    String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    return d.substring(d.lastIndexOf('/') + 1);
  }

  private static String base(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String displayName(String dir) {
    String b = baseName(dir);
    return b.isEmpty() ? "." : b;
  }

  private static String shown(String dir) {
    return dir.isEmpty() ? "./" : dir;
  }

  /** A folder path from a path that may be empty: "" stays "", anything else ends in '/'. */
  static String folder(String path) {
    String n = normalize(path);
    return n.isEmpty() ? "" : n.endsWith("/") ? n : n + "/";
  }
}
