package ducha.app.tests;

import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ducha.app.AppModel;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The keys a clerk uses all day on the views: F5 reads the active view's data again (as its own 刷新 does), Ctrl+W
 * closes the active view (as the × of its tab does) but never the navigator.
 */
class ViewKeysUITest {

	private final Display display = Display.getCurrent();

	@Test
	void f5RefreshesTheActiveViewAndCtrlWClosesIt() throws Exception {
		IEclipseContext window = MainWindow.window().getContext();
		EHandlerService handlers = window.get(EHandlerService.class);
		ECommandService commands = window.get(ECommandService.class);
		ParameterizedCommand close = commands.createCommand("ducha.app.command.closeview", null);
		ParameterizedCommand refresh = commands.createCommand("ducha.app.command.refreshview", null);
		// the keys are bound in the window's binding context (the product's model), which is active in the main window
		assertEquals(List.of(AppModel.WINDOW_BINDING_CONTEXT), declared("M1+W", close.getId()));
		assertEquals(List.of(AppModel.WINDOW_BINDING_CONTEXT), declared("F5", refresh.getId()));
		assertEquals(List.of(AppModel.WINDOW_BINDING_CONTEXT), declared("M1+F", "ducha.app.command.find"));
		assertEquals(List.of(AppModel.WINDOW_BINDING_CONTEXT), declared("F1", "ducha.app.command.guide"));
		assertEquals(List.of(AppModel.WINDOW_BINDING_CONTEXT), declared("M1+P", "ducha.app.command.print"));
		assertTrue(window.get(EContextService.class).getActiveContextIds().contains(AppModel.WINDOW_BINDING_CONTEXT),
				"the main window's key bindings apply");

		// F5 on the home page computes its tiles again: its 刷新 is disabled until they are there
		MPart home = MainWindow.show(display, AppModel.HOME_PART_ID);
		Button again = UiTesting.button(widget(home), "刷新");
		waitUntil(display, "the home page's tiles", again::isEnabled);
		assertTrue(handlers.canExecute(refresh), "the home page refreshes");
		handlers.executeHandler(refresh);
		assertFalse(again.isEnabled(), "F5 started computing the tiles again");
		waitUntil(display, "the home page's tiles computed again", again::isEnabled);

		// Ctrl+W closes 干警名册, the active view, and nothing else
		EPartService parts = MainWindow.parts(display);
		MPart staff = MainWindow.show(display, AppModel.STAFF_PART_ID);
		assertEquals(staff, parts.getActivePart());
		assertTrue(handlers.canExecute(close));
		handlers.executeHandler(close);
		MPart closed = parts.findPart(AppModel.STAFF_PART_ID);
		assertTrue(closed == null || !closed.isToBeRendered(), "干警名册 closed");
		assertNotNull(parts.findPart(AppModel.HOME_PART_ID), "the home page stays");

		// the navigator is neither closed nor refreshed by the keys
		parts.activate(parts.findPart(AppModel.NAVIGATOR_PART_ID));
		assertFalse(handlers.canExecute(close), "the navigator cannot be closed");
		assertFalse(handlers.canExecute(refresh), "the navigator has nothing to read again");
	}

	/**
	 * The binding contexts in which ducha.app's Application.e4xmi binds the key to the command. Read from the file,
	 * not from the running model: the test harness also runs org.eclipse.ui (the product does not ship it), whose
	 * legacy binding processing replaces the model's binding tables with the IDE's (Ctrl+W for its own close).
	 */
	private static List<String> declared(String key, String commandId) throws Exception {
		Document model;
		try (InputStream in = FrameworkUtil.getBundle(AppModel.class).getEntry("Application.e4xmi").openStream()) {
			model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		Map<String, String> ids = new HashMap<>();
		NodeList all = model.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (element.hasAttribute("xmi:id") && element.hasAttribute("elementId")) {
				ids.put(element.getAttribute("xmi:id"), element.getAttribute("elementId"));
			}
		}
		List<String> contexts = new ArrayList<>();
		NodeList tables = model.getElementsByTagName("bindingTables");
		for (int i = 0; i < tables.getLength(); i++) {
			Element table = (Element) tables.item(i);
			NodeList bindings = table.getElementsByTagName("bindings");
			for (int j = 0; j < bindings.getLength(); j++) {
				Element binding = (Element) bindings.item(j);
				if (key.equals(binding.getAttribute("keySequence"))
						&& commandId.equals(ids.get(binding.getAttribute("command")))) {
					contexts.add(ids.get(table.getAttribute("bindingContext")));
				}
			}
		}
		return contexts;
	}
}
