package dev.lightwork.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.lightwork.ui.edit.FeatureGroup;

/**
 * Undo, redo, delete, copy and paste of one design editor, all as EMF commands on its command stack. The same
 * actions serve the editor, its outline and the Properties view (as global action handlers), so Ctrl+Z in any of
 * them undoes the last design change.
 */
public final class DesignEditActions {

    private final EditingDomain domain;
    private final ISelectionProvider selection;
    private final Action undo;
    private final Action redo;
    private final Action delete;
    private final Action copy;
    private final Action paste;

    DesignEditActions(EditingDomain domain, ISelectionProvider selection) {
        this.domain = domain;
        this.selection = selection;
        CommandStack stack = domain.getCommandStack();
        undo = action(ActionFactory.UNDO, "&Undo", ISharedImages.IMG_TOOL_UNDO, () -> stack.undo());
        redo = action(ActionFactory.REDO, "&Redo", ISharedImages.IMG_TOOL_REDO, () -> stack.redo());
        delete = action(ActionFactory.DELETE, "&Delete", ISharedImages.IMG_TOOL_DELETE, () -> execute(DeleteCommand.create(domain, selectedElements())));
        copy = action(ActionFactory.COPY, "&Copy", ISharedImages.IMG_TOOL_COPY, () -> execute(CopyToClipboardCommand.create(domain, selectedElements())));
        paste = action(ActionFactory.PASTE, "&Paste", ISharedImages.IMG_TOOL_PASTE, () -> execute(pasteCommand()));
        stack.addCommandStackListener(e -> update());
        selection.addSelectionChangedListener(e -> update());
        update();
    }

    private Action action(ActionFactory kind, String text, String image, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setId(kind.getId());
        a.setActionDefinitionId(kind.getCommandId());
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return a;
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private List<?> selectedElements() {
        if (selection.getSelection() instanceof IStructuredSelection s) {
            // the design root cannot be deleted or copied on its own: the file is the design
            return s.toList().stream().filter(o -> o instanceof EObject e && e.eContainer() != null).toList();
        }
        return List.of();
    }

    private Command pasteCommand() {
        if (selection.getSelection() instanceof IStructuredSelection s && s.size() == 1) {
            if (s.getFirstElement() instanceof FeatureGroup group) {
                return PasteFromClipboardCommand.create(domain, group.owner(), group.feature());
            }
            return PasteFromClipboardCommand.create(domain, s.getFirstElement(), null);
        }
        return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
    }

    /** Enables each action for the current selection and stack; undo/redo name the command they will revert. */
    public void update() {
        CommandStack stack = domain.getCommandStack();
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.getUndoCommand() == null ? "&Undo" : "&Undo " + label(stack.getUndoCommand()));
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.getRedoCommand() == null ? "&Redo" : "&Redo " + label(stack.getRedoCommand()));
        List<?> elements = selectedElements();
        delete.setEnabled(!elements.isEmpty() && DeleteCommand.create(domain, elements).canExecute());
        copy.setEnabled(!elements.isEmpty());
        paste.setEnabled(domain.getClipboard() != null && !domain.getClipboard().isEmpty() && pasteCommand().canExecute());
    }

    private static String label(Command command) {
        String label = command.getLabel();
        return label == null ? "" : label;
    }

    /** Makes these actions the handlers of Edit > Undo/Redo/Delete/Copy/Paste (and their keys) in {@code bars}. */
    public void install(IActionBars bars) {
        for (IAction a : List.of(undo, redo, delete, copy, paste)) {
            bars.setGlobalActionHandler(a.getId(), a);
        }
        bars.updateActionBars();
    }

    public IAction undo() {
        return undo;
    }

    public IAction redo() {
        return redo;
    }

    public IAction delete() {
        return delete;
    }

    public IAction copy() {
        return copy;
    }

    public IAction paste() {
        return paste;
    }
}
