"""What makes qa a chatbot rather than a matcher: one module per behaviour of the conversation.

- `smalltalk`: greetings, thanks, goodbyes, "who are you?", "help" — a whole line of small talk gets a reply;
- `framing`: lead-ins, asides and politeness around a question, read as framing rather than as topic words;
- `compound`: two questions in one, answered part by part;
- `clarify`: a vague question that fits two entries equally well gets a question back;
- `followup`: a question that leans on the last answer ("and how many people?", "when was that?");
- `choice`: a reply that picks from the last numbered list ("1", "the second", "the poverty one").

`qa.conversation` puts them together; `KnowledgeBase.ask` uses the ones that need no context.
"""
