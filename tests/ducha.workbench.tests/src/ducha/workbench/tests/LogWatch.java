package ducha.workbench.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * What reached the platform log during the session: the entries a listener hears from the moment it is added, and
 * the workbench's {@code .log} file, which also holds what was logged before the test started (the start-up, the
 * demo seeding) and what bypassed the listeners. An entry counts when it is an error, carries an exception or
 * names one in its message (a warning that swallowed a stack trace still says so).
 */
final class LogWatch implements ILogListener {

	private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final List<String> heard = new CopyOnWriteArrayList<>();

	static LogWatch start() {
		LogWatch watch = new LogWatch();
		Platform.addLogListener(watch);
		return watch;
	}

	void stop() {
		Platform.removeLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		collect(status, plugin);
	}

	private void collect(IStatus status, String plugin) {
		if (status.getSeverity() == IStatus.ERROR || status.getException() != null
				|| String.valueOf(status.getMessage()).contains("Exception")) {
			Throwable e = status.getException();
			heard.add(plugin + ": " + status.getMessage() + (e == null ? "" : " — " + e));
		}
		for (IStatus child : status.getChildren()) {
			collect(child, plugin);
		}
	}

	/** The error and exception entries heard since {@link #start()}. */
	List<String> heard() {
		return List.copyOf(heard);
	}

	/**
	 * The entries of the workbench's log file written since this JVM started that are errors ({@code !ENTRY} with
	 * severity 4), carry a stack trace ({@code !STACK}) or name an exception in their message, each as its
	 * {@code !ENTRY} and {@code !MESSAGE} lines and the first line of its stack.
	 */
	static List<String> fileEntries() throws IOException {
		IPath location = Platform.getLogFileLocation();
		if (location == null || !Files.isRegularFile(Path.of(location.toOSString()))) {
			return List.of();
		}
		LocalDateTime started = LocalDateTime.ofInstant(
				java.time.Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
				ZoneId.systemDefault()).minusSeconds(1);
		return entries(Files.readAllLines(Path.of(location.toOSString()), StandardCharsets.UTF_8), started);
	}

	/** The counting entries of a log file's lines written from {@code started} on. */
	static List<String> entries(List<String> lines, LocalDateTime started) {
		List<String> found = new ArrayList<>();
		StringBuilder entry = null;
		boolean counts = false;
		for (String line : lines) {
			if (line.startsWith("!ENTRY ") || line.startsWith("!SESSION ")) {
				if (entry != null && counts) {
					found.add(entry.toString());
				}
				entry = null;
				counts = false;
				if (line.startsWith("!ENTRY ") && isSince(line, started)) {
					entry = new StringBuilder(line);
					counts = severity(line) == IStatus.ERROR;
				}
			} else if (entry != null) {
				if (line.startsWith("!MESSAGE ")) {
					entry.append(" | ").append(line);
					counts |= line.contains("Exception");
				} else if (line.startsWith("!STACK ")) {
					counts = true;
					entry.append(" | ").append(line);
				} else if (counts && entry.indexOf("\n") < 0 && !line.isBlank() && !line.startsWith("\t")) {
					entry.append("\n    ").append(line); // the exception's class and message
				}
			}
		}
		if (entry != null && counts) {
			found.add(entry.toString());
		}
		return found;
	}

	/** An entry line reads {@code !ENTRY bundle severity code yyyy-MM-dd HH:mm:ss.SSS}. */
	private static boolean isSince(String entryLine, LocalDateTime started) {
		String[] parts = entryLine.split(" ");
		if (parts.length < 6) {
			return true;
		}
		try {
			return !LocalDateTime.parse(parts[parts.length - 2] + " " + parts[parts.length - 1], ENTRY_TIME)
					.isBefore(started);
		} catch (DateTimeParseException e) {
			return true; // an entry whose time cannot be read counts as this session's
		}
	}

	private static int severity(String entryLine) {
		String[] parts = entryLine.split(" ");
		try {
			return parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
