package dev.lightwork.diagram.transceiver;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** An edge candidate: the candidates of its two ends, its label texts and the model element it stands for. */
record Link(Object from, Object to, List<String> labels, EObject target) {

    static Link of(Object from, Object to) {
        return new Link(from, to, List.of(), null);
    }
}
