package org.speclab.engine.kernel;

/** Whether a slot holds an allocated object. A detached VMA waiting for its RCU callback is still LIVE. */
public enum Life { FREE, LIVE }
