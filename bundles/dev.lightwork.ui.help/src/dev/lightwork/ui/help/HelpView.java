package dev.lightwork.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

/**
 * Help: the table of contents on the left, the topic on the right, a search field above; F1 shows the active part's
 * context (its description and related topics) above the topic. Links inside topics navigate in place.
 */
public final class HelpView extends ViewPart {

    public static final String ID = "dev.lightwork.ui.help.view";

    private FormToolkit toolkit;
    private Text search;
    private TreeViewer toc;
    private ScrolledForm form;
    private FormText context;
    private FormText page;
    private String current;
    private final List<Font> fonts = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the user guide");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.DefaultSelection, e -> search(search.getText()));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        toc = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        toc.setContentProvider(new TocContent());
        toc.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IHelpResource) element).getLabel();
            }
        });
        toc.setInput(Topics.tocs());
        toc.expandToLevel(2);
        toc.addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().getFirstElement();
            if (selected instanceof IHelpResource r && r.getHref() != null && !r.getHref().equals(current)) {
                showTopic(r.getHref());
            }
        });

        form = toolkit.createScrolledForm(sash);
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 12;
        layout.rightMargin = 12;
        form.getBody().setLayout(layout);
        context = text(form.getBody());
        page = text(form.getBody());
        sash.setWeights(25, 75);
        // beside the editor the view is narrow: contents above the topic rather than beside it
        sash.addListener(SWT.Resize, e -> {
            int orientation = sash.getSize().x < 700 ? SWT.VERTICAL : SWT.HORIZONTAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });
        showTopic(null);
    }

    private FormText text(Composite parent) {
        FormText text = toolkit.createFormText(parent, true);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Font base = JFaceResources.getDialogFont();
        text.setFont("h1", font(base, 1.5f));
        text.setFont("h2", font(base, 1.2f));
        text.setFont("code", JFaceResources.getTextFont());
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                showTopic(Topics.resolve(current, String.valueOf(e.getHref())));
            }
        });
        return text;
    }

    private Font font(Font base, float scale) {
        var data = base.getFontData()[0];
        Font font = new Font(base.getDevice(), data.getName(), Math.round(data.getHeight() * scale), SWT.BOLD);
        fonts.add(font);
        return font;
    }

    /** Shows the topic at {@code href} ({@code /bundle/path}); null shows the guide's first topic. */
    public void showTopic(String href) {
        current = href == null ? Topics.HOME : href;
        context.setText("", false, false);
        context.setVisible(false);
        ((TableWrapData) context.getLayoutData()).maxHeight = 0;
        page.setText(Topics.markup(current), true, false);
        select(current);
        setContentDescription(Topics.label(current));
        form.reflow(true);
        form.setOrigin(0, 0);
    }

    /** F1: the context's description and its related topics, above the first related topic. */
    public void showContext(IContext help, String partTitle) {
        List<IHelpResource> related = help.getRelatedTopics() == null ? List.of() : List.of(help.getRelatedTopics());
        showTopic(related.isEmpty() ? null : related.get(0).getHref());
        StringBuilder markup = new StringBuilder("<form><p><span font=\"h2\">")
                .append(Topics.escape(partTitle != null ? partTitle : "Help")).append("</span></p><p>")
                .append(Topics.escape(help.getText() == null ? "" : help.getText().strip())).append("</p>");
        for (IHelpResource topic : related) {
            markup.append("<li><a href=\"").append(Topics.escape(topic.getHref())).append("\">")
                    .append(Topics.escape(topic.getLabel())).append("</a></li>");
        }
        context.setText(markup.append("</form>").toString(), true, false);
        context.setVisible(true);
        ((TableWrapData) context.getLayoutData()).maxHeight = SWT.DEFAULT;
        form.reflow(true);
    }

    /** Lists the topics containing every word of {@code expression}. */
    public void search(String expression) {
        String[] words = expression == null ? new String[0] : expression.toLowerCase(Locale.ROOT).trim().split("\\s+");
        search.setText(expression == null ? "" : expression);
        StringBuilder markup = new StringBuilder("<form><p><span font=\"h1\">Search: ")
                .append(Topics.escape(expression == null ? "" : expression)).append("</span></p>");
        int hits = 0;
        for (ITopic topic : Topics.all()) {
            String text = Topics.text(topic.getHref());
            boolean all = words.length > 0 && !words[0].isEmpty();
            for (String word : words) {
                all &= text.contains(word);
            }
            if (all) {
                hits++;
                markup.append("<li><a href=\"").append(Topics.escape(topic.getHref())).append("\">")
                        .append(Topics.escape(topic.getLabel())).append("</a></li>");
            }
        }
        if (hits == 0) {
            markup.append("<p>No topic contains all of these words.</p>");
        }
        current = null;
        context.setVisible(false);
        ((TableWrapData) context.getLayoutData()).maxHeight = 0;
        page.setText(markup.append("</form>").toString(), true, false);
        setContentDescription(hits + " topics found");
        form.reflow(true);
    }

    void focusSearch() {
        search.setFocus();
    }

    /** The topic shown ({@code /bundle/path}), null while search results are shown. */
    public String currentTopic() {
        return current;
    }

    /** Whether F1 context help (a part's description and related topics) is shown above the topic. */
    public boolean showsContext() {
        return context.getVisible();
    }

    private void select(String href) {
        for (IToc t : Topics.tocs()) {
            for (ITopic topic : t.getTopics()) {
                if (href.equals(topic.getHref())) {
                    toc.setSelection(new StructuredSelection(topic), true);
                    return;
                }
            }
        }
    }

    @Override
    public void setFocus() {
        toc.getControl().setFocus();
    }

    @Override
    public void dispose() {
        fonts.forEach(Font::dispose);
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    /** The help system's tables of contents and their topics. */
    private static final class TocContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof IToc t ? t.getTopics() : parent instanceof ITopic t ? t.getSubtopics() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
