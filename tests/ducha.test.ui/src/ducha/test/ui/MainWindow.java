package ducha.test.ui;

import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
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

	/**
	 * Shows the part (creating it from its descriptor when it is not in the model yet) in the main window once the
	 * home part is there, and activates it; fails listing the part descriptors the plugins contributed when there
	 * is no such part, which tells a missing model fragment from a typo.
	 */
	public static MPart show(Display display, String partId) throws InterruptedException {
		MPart part = parts(display).showPart(partId, PartState.ACTIVATE);
		assertNotNull(part, () -> "no part " + partId + "; descriptors "
				+ application().getDescriptors().stream().map(MPartDescriptor::getElementId).toList());
		return part;
	}

	/** Who the start-up logged in, or null while the log-in has not finished (or failed). */
	public static Principal principal() {
		return application().getContext().get(Principal.class);
	}
}
