package ducha.app.internal.feedback;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Forms;
import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;

/**
 * What a listener of a view throws and nothing caught (a tab that saves without a {@code FormDialog}, an
 * {@code asyncExec} of a view): the display's runtime exception handler, so that it hears every listener and every
 * runnable of the UI thread, in the main window's loop and in a dialog's alike. A refusal of the services (a
 * {@link DuchaException}: validation, not found, access denied, a concurrent change) is an expected outcome: it goes
 * to the status line of the view the user acts in, in the kit's one style (未办成：…) and plain words, never a
 * permission id, and is not logged. Anything else is a bug: it is logged with its stack and the view says that
 * something went wrong and was logged, so that it is neither swallowed nor shown as a raw exception.
 */
public final class UncaughtExceptions implements Consumer<RuntimeException> {

	private static final ILog LOG = ILog.of(UncaughtExceptions.class);

	private final Display display;
	/** The widget of the active view of the main window, or null. */
	private final Supplier<Control> activeView;

	public UncaughtExceptions(Display display, Supplier<Control> activeView) {
		this.display = display;
		this.activeView = activeView;
	}

	/**
	 * Makes this the handler of the display's uncaught runtime exceptions, in place of the rendering engine's (which
	 * hands them to its event loop advisor: logged as "Internal Error", the refusal's words lost).
	 */
	public void install() {
		display.setRuntimeExceptionHandler(this);
	}

	@Override
	public void accept(RuntimeException e) {
		DuchaException refusal = refusalIn(e);
		String text;
		if (refusal != null) {
			text = NLS.bind(Messages.Uncaught_refused, plainWords(refusal));
		} else {
			LOG.error("Uncaught in the user interface: " + e, e);
			text = NLS.bind(Messages.Uncaught_bug, e.getClass().getSimpleName());
		}
		try {
			show(text);
		} catch (RuntimeException failed) {
			// the feedback itself failed (a disposed view): the bug, if it was one, is logged already
			LOG.error("Could not show: " + text, failed);
		}
	}

	/** The domain refusal the exception is or was caused by, or null: a bug. */
	static DuchaException refusalIn(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DuchaException refusal) {
				return refusal;
			}
		}
		return null;
	}

	/**
	 * The refusal's own words, its problems in one line; a permission id (which the services leave out of their
	 * messages, and carry beside them for the command line) never reaches the screen.
	 */
	static String plainWords(DuchaException refusal) {
		String text = refusal instanceof ValidationException invalid ? String.join("；", invalid.problems())
				: String.valueOf(refusal.getMessage());
		if (refusal instanceof AccessDeniedException denied && denied.permissionId() != null) {
			text = text.replaceAll("\\s*" + Pattern.quote(denied.permissionId()), "").replace("（）", "")
					.replace("()", "").strip();
		}
		return text;
	}

	private static boolean inside(Control control, Control view) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == view) {
				return true;
			}
		}
		return false;
	}

	/**
	 * In the status line of the view in front: the one nearest the control that has the focus (the button just
	 * pressed), else the active view's (also when the focus is in a dialog without one, or one closing). Only
	 * without any status line a message box says it, opened once the current event is over: an exception while a
	 * dialog closes must not open a modal window in the middle of disposing it.
	 */
	private void show(String text) {
		Control active = activeView.get();
		Control view = active != null && active.isDisposed() ? null : active;
		Control focus = display.getFocusControl();
		Label line = null;
		// the focus tells which view or dialog the user acts in, unless it lies in another part of the main window
		// (the navigator, the quick-find) than the view in front
		if (focus != null && !focus.isDisposed() && (view == null || focus.getShell() != view.getShell()
				|| inside(focus, view))) {
			line = Forms.statusLineNear(focus);
		}
		if (line == null && view instanceof Composite composite) {
			line = Forms.statusLineIn(composite);
		}
		if (line != null) {
			Forms.report(line, text, true);
			return;
		}
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			if (shell == null && view != null && !view.isDisposed()) {
				shell = view.getShell();
			}
			if (shell != null && !shell.isDisposed()) {
				MessageDialog.openError(shell, Messages.Uncaught_title, text);
			} else {
				LOG.warn(text);
			}
		});
	}
}
