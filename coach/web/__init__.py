"""The Gradio web app: a thin layer over the engines, one module per tab."""
