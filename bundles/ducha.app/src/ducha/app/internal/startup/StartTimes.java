package ducha.app.internal.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;

/**
 * Benchmarks only ({@code releng/scripts/bench-start.sh}): with {@code -Dducha.startTimes=FILE} the workbench appends
 * one line per step of its start to FILE, {@code STEP EPOCH_MILLIS}: {@code login-dialog} (the log-in dialog is on
 * screen and its event loop runs), {@code logged-in} (the account authenticated), {@code window} (the main window is
 * on screen with its parts). The script subtracts the moment it launched the product. Without the property nothing
 * is written.
 */
public final class StartTimes {

	static final String PROPERTY = "ducha.startTimes";

	private static final ILog LOG = ILog.of(StartTimes.class);

	private StartTimes() {
	}

	/** Whether this start is measured. */
	static boolean enabled() {
		String file = System.getProperty(PROPERTY);
		return file != null && !file.isBlank();
	}

	/** Appends the step with the current time; does nothing when the start is not measured. */
	static void mark(String step) {
		if (!enabled()) {
			return;
		}
		String line = step + " " + System.currentTimeMillis() + "\n";
		try {
			Files.writeString(Path.of(System.getProperty(PROPERTY)), line, StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			LOG.warn("Start time not written to " + System.getProperty(PROPERTY), e);
		}
	}
}
