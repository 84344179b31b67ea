package ducha.app.ui;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

/**
 * The UI thread of a display for a {@link Background} made by a kit widget that is not injected (a
 * {@link ListTable} built by a view's code): what the workbench's injected UISynchronize does, for one display.
 */
final class DisplaySync extends UISynchronize {

	private final Display display;

	DisplaySync(Display display) {
		this.display = display;
	}

	@Override
	public void syncExec(Runnable runnable) {
		if (!display.isDisposed()) {
			display.syncExec(runnable);
		}
	}

	@Override
	public void asyncExec(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	@Override
	protected boolean isUIThread(Thread thread) {
		return !display.isDisposed() && display.getThread() == thread;
	}

	@Override
	protected void showBusyWhile(Runnable runnable) {
		BusyIndicator.showWhile(display, runnable);
	}

	@Override
	protected boolean dispatchEvents() {
		return display.readAndDispatch();
	}
}
