package ducha.app.internal.views;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Ctrl+W (文件 → 关闭视图): closes the active view as the × of its tab does; the navigator cannot be closed. */
public class CloseViewHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		return ActiveView.of(part, shell).filter(MPart::isCloseable).isPresent();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
		ActiveView.of(part, shell).filter(MPart::isCloseable).ifPresent(parts::hidePart);
	}
}
