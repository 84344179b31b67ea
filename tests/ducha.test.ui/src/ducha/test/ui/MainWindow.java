package ducha.test.ui;

import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;

import ducha.app.AppModel;
import ducha.core.security.Principal;

/**
 * The running workbench's main window as a UI test reaches it. A test bundle gets no injection, so everything comes
 * from the IWorkbench OSGi service; nothing here depends on who logged in (each test bundle chooses its user with
 * -Dducha.login.user), only on the ids in {@link AppModel}.
 */
public final class MainWindow {

	private MainWindow() {
	}

	/** The application model of the running workbench. */
	public static MApplication application() {
		return service(IWorkbench.class).getApplication();
	}

	/** The model service of the application, for finding elements and part descriptors. */
	public static EModelService models() {
		return application().getContext().get(EModelService.class);
	}

	/** The main window's model element; fails when the application model has none. */
	public static MWindow window() {
		MApplication application = application();
		return assertInstanceOf(MWindow.class, models().find(AppModel.MAIN_WINDOW_ID, application),
				"no main window " + AppModel.MAIN_WINDOW_ID);
	}

	/**
	 * The main window's part service, once the start-up has shown the home part: only then are the plugins' model
	 * fragments merged and the log-in done, so that parts can be shown and found. Waits up to
	 * {@link UiTesting#TIMEOUT}.
	 */
	public static EPartService parts(Display display) throws InterruptedException {
		EPartService parts = window().getContext().get(EPartService.class);
		waitUntil(display, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);
		return parts;
	}

	/** Who the start-up logged in, or null while the log-in has not finished (or failed). */
	public static Principal principal() {
		return application().getContext().get(Principal.class);
	}
}
