package dev.lightwork.ui.diagram;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;

import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneElement;

/**
 * In-place editing of an element's {@link MainValue} on the canvas (GEF's direct edit): a text field over the node or
 * edge label; Enter or leaving the field applies a valid number as one command, Esc cancels, a bad entry stays open
 * in red with the reason as tooltip and nothing reaches the model.
 */
final class DirectEdit {

    private final SceneCanvas canvas;
    private final DiagramCommands commands;
    private final Consumer<Command> execute;
    private Text field;

    DirectEdit(SceneCanvas canvas, DiagramCommands commands, Consumer<Command> execute) {
        this.canvas = canvas;
        this.commands = commands;
        this.execute = execute;
    }

    /** The open editor, else null. */
    Text editor() {
        return field != null && !field.isDisposed() ? field : null;
    }

    /** Opens the value editor on {@code element} if its model element has a main value. */
    void open(SceneElement element) {
        EObject target = element.target();
        if (target == null) {
            return;
        }
        Optional<MainValue> value = MainValue.of(target);
        if (value.isEmpty()) {
            return;
        }
        close(false);
        MainValue v = value.get();
        Rect b = element instanceof SceneEdge edge && !edge.labels().isEmpty() ? edge.labels().get(0).bounds() : DiagramSelection.bounds(element);
        Rectangle px = canvas.pixels(b);
        Text text = new Text(canvas.control(), SWT.BORDER | SWT.SINGLE);
        text.setText(v.text(target));
        text.setMessage(dev.lightwork.model.util.ModelLabels.attributeWords(v.attribute().getName()) + (v.unit().isEmpty() ? "" : " [" + v.unit() + "]"));
        text.setToolTipText(dev.lightwork.model.util.ModelLabels.attributeWords(v.attribute().getName()) + (v.unit().isEmpty() ? "" : " in " + v.unit()) + " · Enter applies, Esc cancels");
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int width = Math.max(120, px.width);
        text.setBounds(px.x + (px.width - width) / 2, px.y + (px.height - height) / 2, width, height);
        text.setData(new Object[] {target, v});
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, e -> close(true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                close(false);
            }
        });
        text.addListener(SWT.FocusOut, e -> text.getDisplay().asyncExec(() -> close(true)));
        text.addListener(SWT.Modify, e -> text.setForeground(null));
        field = text;
    }

    /** Applies (when {@code apply} and the text is a number) or discards the in-place edit. */
    void close(boolean apply) {
        Text text = field;
        if (text == null || text.isDisposed()) {
            field = null;
            return;
        }
        Object[] data = (Object[]) text.getData();
        EObject target = (EObject) data[0];
        MainValue v = (MainValue) data[1];
        if (apply) {
            Double number;
            try {
                number = v.parse(text.getText());
            } catch (IllegalArgumentException bad) {
                // keep the editor open and say what is wrong; nothing reaches the model
                text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
                text.setToolTipText(bad.getMessage());
                return;
            }
            field = null;
            text.dispose();
            Object old = target.eGet(v.attribute());
            if (old == null ? number != null : !old.equals(number)) {
                execute.accept(commands.setValue(target, v, number));
            }
        } else {
            field = null;
            text.dispose();
        }
        canvas.control().setFocus();
    }

}
