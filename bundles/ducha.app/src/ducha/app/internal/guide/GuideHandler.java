package ducha.app.internal.guide;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;

import ducha.app.AppModel;
import ducha.app.internal.views.PartOpener;

/** 帮助 → 用户指南 (F1): opens the guide as a view of the main part stack, or activates it. */
public class GuideHandler {

	@Execute
	void open(IEclipseContext context) {
		ContextInjectionFactory.make(PartOpener.class, context).open(AppModel.GUIDE_PART_ID);
	}
}
