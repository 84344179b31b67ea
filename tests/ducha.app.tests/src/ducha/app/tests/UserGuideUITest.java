package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/** 帮助 → 用户指南 opens the Chinese user guide as a view of the workbench (its key F1: ViewKeysUITest). */
class UserGuideUITest {

	private final Display display = Display.getCurrent();

	@Test
	void theHelpMenusUserGuideOpensTheGuideInTheWorkbench() throws Exception {
		EPartService parts = MainWindow.parts(display);
		MMenu help = assertInstanceOf(MMenu.class, MainWindow.window().getMainMenu().getChildren().stream()
				.filter(m -> "ducha.app.menu.help".equals(m.getElementId())).findFirst().orElse(null), "帮助");
		List<String> items = help.getChildren().stream().map(e -> e.getElementId()).toList();
		assertEquals("ducha.app.menuitem.guide", items.get(0), "用户指南 comes first in 帮助: " + items);
		MHandledMenuItem item = (MHandledMenuItem) help.getChildren().get(0);
		assertEquals("用户指南(&G)", item.getLocalizedLabel());

		IEclipseContext context = MainWindow.window().getContext();
		ParameterizedCommand command = context.get(ECommandService.class)
				.createCommand(item.getCommand().getElementId(), null);
		context.get(EHandlerService.class).executeHandler(command);
		UiTesting.settle(display);

		MPart guide = parts.getActivePart();
		assertNotNull(guide, "a view is active");
		assertEquals(AppModel.GUIDE_PART_ID, guide.getElementId());
		assertEquals("用户指南", guide.getLocalizedLabel(), "the guide's tab title");
		StyledText text = UiTesting.named(UiTesting.widget(guide), AppModel.WIDGET_KEY, "guide.text",
				StyledText.class);
		String shown = text.getText();
		assertTrue(shown.startsWith("督察工作台用户指南"), shown);
		for (String topic : List.of("登录与注销", "Ctrl+F", "双击", "导出", "打印预览", "导入台账", "角色")) {
			assertTrue(shown.contains(topic), "the guide tells about " + topic);
		}
		assertTrue(text.getStyleRanges().length >= 7, "the headings are styled");
		parts.hidePart(guide, true);
	}
}
