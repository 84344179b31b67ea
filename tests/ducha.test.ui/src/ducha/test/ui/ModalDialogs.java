package ducha.test.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Acting in a modal dialog the test is about to open. */
public final class ModalDialogs {

	private ModalDialogs() {
	}

	/**
	 * Runs the action once a shell with the title is open. Dialogs open modally (a nested event loop), so the
	 * action is polled for with timerExec before the button that opens the dialog is pressed; the polling gives up
	 * after {@link UiTesting#TIMEOUT}.
	 */
	public static void onDialog(Display display, String title, Consumer<Shell> action) {
		long end = System.nanoTime() + UiTesting.TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Optional<Shell> shell = Arrays.stream(display.getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst();
			if (shell.isPresent()) {
				action.accept(shell.get());
			} else if (System.nanoTime() < end) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}
}
