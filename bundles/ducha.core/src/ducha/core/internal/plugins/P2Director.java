package ducha.core.internal.plugins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import ducha.core.DuchaException;

/**
 * The p2 director of this installation, run as a child process through the installation's own {@code ducha-p2}
 * script: it runs the p2 tools below the start level of the database and of every Ducha bundle, so this process's
 * open database and running bundles are never touched by the installation it changes.
 */
final class P2Director {

	private final Path script;

	private P2Director(Path script) {
		this.script = script;
	}

	/** @throws DuchaException when this runtime is not an installed product (a test runtime, a development run) */
	static P2Director ofThisInstallation() {
		Path script = script();
		if (!Files.isRegularFile(script)) {
			throw new DuchaException(NLS.bind(Messages.noDirector, script));
		}
		return new P2Director(script);
	}

	/** The installation's {@code ducha-p2} (or {@code ducha-p2.cmd}), whether it exists or not. */
	static Path script() {
		String area = System.getProperty("osgi.install.area");
		String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "ducha-p2.cmd"
				: "ducha-p2";
		return area == null ? Path.of(name) : installDirectory(area).resolve(name);
	}

	private static Path installDirectory(String area) {
		try {
			return Path.of(new URI(area.replace(" ", "%20")));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(area.replaceFirst("^file:", ""));
		}
	}

	/** Runs the director with the arguments; every line it prints goes to {@code lines}. @return its exit code */
	int run(Consumer<String> lines, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// the child needs no account: it changes files of the installation, not the database
		builder.environment().remove("DUCHA_PASSWORD");
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
				reader.lines().forEach(lines);
			}
			return process.waitFor();
		} catch (IOException e) {
			throw new DuchaException(NLS.bind(Messages.directorFailed, script, e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DuchaException(NLS.bind(Messages.directorFailed, script, e.getMessage()), e);
		}
	}

	/** Runs the director and returns what it printed; a non-zero exit is an error naming its last lines. */
	List<String> runChecked(String... arguments) {
		List<String> output = new ArrayList<>();
		int code = run(output::add, arguments);
		if (code != 0) {
			List<String> tail = output.subList(Math.max(0, output.size() - 5), output.size());
			throw new DuchaException(NLS.bind(Messages.directorExit, code, String.join("\n", tail)));
		}
		return output;
	}
}
