"""realtime_ext: the hand-written layer over the generated OpenAI Realtime client."""
