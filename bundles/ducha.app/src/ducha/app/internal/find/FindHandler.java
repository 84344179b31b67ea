package ducha.app.internal.find;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Ctrl+F: moves the keyboard into the quick-find box of the main window's trim. */
public class FindHandler {

	@Execute
	void execute(MApplication application, EModelService models) {
		if (models.find(QuickFindControl.ID, application) instanceof MToolControl control
				&& control.getObject() instanceof QuickFindControl box) {
			box.focus();
		}
	}
}
